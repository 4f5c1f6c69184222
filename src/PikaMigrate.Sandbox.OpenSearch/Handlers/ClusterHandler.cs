using System.Diagnostics;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Engine;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Http;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.OpenSearch.Text;

namespace PikaMigrate.Sandbox.OpenSearch.Handlers;

/// <summary><c>GET /</c> (the node's identity and version) and <c>_cluster/health</c>.</summary>
internal sealed class ClusterHandler(OpenSearchEngine engine) : IRestHandler
{
    private static readonly string[] HealthParameters =
    [
        "wait_for_status", "timeout", "master_timeout", "cluster_manager_timeout", "local", "wait_for_active_shards", "wait_for_nodes",
        "wait_for_no_relocating_shards", "wait_for_no_initializing_shards", "wait_for_events", "level", "expand_wildcards",
    ];

    public IEnumerable<Route> Routes() =>
    [
        Route.Sync("GET", "/", [], _ => RestResponse.Ok(Root())),
        Route.Sync("HEAD", "/", [], _ => RestResponse.Head(true)),
        new("GET", "/_cluster/health", HealthParameters, HealthAsync),
        new("GET", "/_cluster/health/{index}", HealthParameters, HealthAsync),
    ];

    private JsonObject Root() => new()
    {
        ["name"] = engine.Node.NodeName,
        ["cluster_name"] = NodeIdentity.ClusterName,
        ["cluster_uuid"] = engine.Node.ClusterUuid,
        ["version"] = new JsonObject
        {
            ["distribution"] = "opensearch",
            ["number"] = NodeIdentity.Version,
            ["build_type"] = "tar",
            ["build_hash"] = "unknown",
            ["build_date"] = "unknown",
            ["build_snapshot"] = false,
            ["lucene_version"] = NodeIdentity.LuceneVersion,
            ["minimum_wire_compatibility_version"] = "7.10.0",
            ["minimum_index_compatibility_version"] = "7.0.0",
        },
        ["tagline"] = "The OpenSearch Project: https://opensearch.org/",
    };

    private async Task<RestResponse> HealthAsync(RestRequest request, CancellationToken cancellationToken)
    {
        var level = request.Query.String("level");
        if (level is not (null or "cluster"))
        {
            throw RequestErrors.Unsupported($"cluster health level [{level}]");
        }

        var wanted = request.Query.String("wait_for_status");
        if (wanted is not (null or "green" or "yellow" or "red"))
        {
            throw RequestErrors.IllegalArgument($"unknown cluster health status [{wanted}]");
        }

        var timeout = TimeValue.Parse(request.Query.String("timeout") ?? "30s", "timeout");
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var health = Health(request.OptionalPathValue("index"));
            var status = health["status"]!.GetValue<string>();
            if (wanted is null || Rank(status) <= Rank(wanted))
            {
                return RestResponse.Ok(health);
            }

            if (waited.Elapsed >= timeout)
            {
                health["timed_out"] = true;
                return new RestResponse(408, health);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken).ConfigureAwait(false);
        }
    }

    private JsonObject Health(string? expression)
    {
        var indices = engine.Resolve(expression);
        var active = indices.Sum(i => i.Settings.NumberOfShards);
        var unassigned = indices.Sum(i => i.Settings.NumberOfShards * i.Settings.NumberOfReplicas);
        return new JsonObject
        {
            ["cluster_name"] = NodeIdentity.ClusterName,
            ["status"] = unassigned > 0 ? "yellow" : "green",
            ["timed_out"] = false,
            ["number_of_nodes"] = 1,
            ["number_of_data_nodes"] = 1,
            ["discovered_master"] = true,
            ["discovered_cluster_manager"] = true,
            ["active_primary_shards"] = active,
            ["active_shards"] = active,
            ["relocating_shards"] = 0,
            ["initializing_shards"] = 0,
            ["unassigned_shards"] = unassigned,
            ["delayed_unassigned_shards"] = 0,
            ["number_of_pending_tasks"] = 0,
            ["number_of_in_flight_fetch"] = 0,
            ["task_max_waiting_in_queue_millis"] = 0,
            ["active_shards_percent_as_number"] = JavaNumber.Double(active + unassigned == 0 ? 100.0 : 100.0 * active / (active + unassigned)),
        };
    }

    private static int Rank(string status) => status switch
    {
        "green" => 0,
        "yellow" => 1,
        _ => 2,
    };
}
