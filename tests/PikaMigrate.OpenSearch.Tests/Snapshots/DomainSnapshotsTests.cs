using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using PikaMigrate.OpenSearch.Http;
using PikaMigrate.OpenSearch.Snapshots;
using PikaMigrate.Testing.OpenSearch;

namespace PikaMigrate.OpenSearch.Tests.Snapshots;

/// <summary>The domain's snapshot repositories and newest snapshot, from answers shaped as OpenSearch and Amazon OpenSearch Service give them.</summary>
public sealed class DomainSnapshotsTests
{
    [Fact]
    public async Task A_domain_without_a_repository_answers_an_empty_object()
    {
        await using var server = await ScriptedServer.StartAsync(Answer(_ => (200, new JsonObject())));
        using var client = Client(server);

        var snapshots = await DomainSnapshots.ReadAsync(client, CancellationToken.None);

        Assert.Empty(snapshots.Repositories!);
        Assert.Null(snapshots.Newest);
        Assert.Equal(["/_snapshot"], server.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task The_newest_successful_snapshot_of_every_repository_is_found()
    {
        await using var server = await ScriptedServer.StartAsync(Answer(path => path switch
        {
            "/_snapshot" => (200, new JsonObject
            {
                ["cs-automated-enc"] = new JsonObject { ["type"] = "s3" },
                ["manual-backups"] = new JsonObject { ["type"] = "s3", ["settings"] = new JsonObject { ["bucket"] = "my-snapshots", ["region"] = "us-east-1" } },
            }),
            "/_snapshot/cs-automated-enc/_all" => (200, Snapshots(
                Snapshot("2025-10-01t06-00-00.1a2b", "SUCCESS", 1759298400000),
                Snapshot("2025-10-01t07-00-00.3c4d", "SUCCESS", 1759302000000),
                Snapshot("2025-10-01t08-00-00.5e6f", "IN_PROGRESS", null))),
            "/_snapshot/manual-backups/_all" => (200, Snapshots(
                Snapshot("before-0.11", "PARTIAL", 1759305000000),
                Snapshot("weekly", "SUCCESS", 1759100000000))),
            _ => (404, new JsonObject()),
        }));
        using var client = Client(server);

        var snapshots = await DomainSnapshots.ReadAsync(client, CancellationToken.None);

        Assert.Equal(
            [("cs-automated-enc", "2025-10-01t07-00-00.3c4d", 3), ("manual-backups", "weekly", 2)],
            snapshots.Repositories!.Select(r => (r.Name, r.Newest, r.Snapshots)));
        Assert.Equal("cs-automated-enc", snapshots.Newest!.Name);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1759302000000), snapshots.Newest.NewestEnded);
    }

    [Fact]
    public async Task A_refusal_leaves_the_snapshots_unknown_and_names_the_permission()
    {
        await using var server = await ScriptedServer.StartAsync(Answer(_ => (403, new JsonObject
        {
            ["Message"] = "User: arn:aws:sts::123456789012:assumed-role/migrator/session is not authorized to perform: es:ESHttpGet",
        })));
        using var client = Client(server);

        var snapshots = await DomainSnapshots.ReadAsync(client, CancellationToken.None);

        Assert.Null(snapshots.Repositories);
        Assert.Contains("grant es:ESHttpGet on _snapshot and _snapshot/*", snapshots.Unknown, StringComparison.Ordinal);
    }

    private static Func<HttpContext, ReceivedRequest, Task> Answer(Func<string, (int Status, JsonObject Body)> answer) => async (context, request) =>
    {
        var (status, body) = answer(request.Path);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=UTF-8";
        await context.Response.WriteAsync(body.ToJsonString());
    };

    /// <summary>GET _snapshot/&lt;repository&gt;/_all as OpenSearch 2.x answers it.</summary>
    private static JsonObject Snapshots(params JsonObject[] snapshots) => new() { ["snapshots"] = new JsonArray(snapshots) };

    private static JsonObject Snapshot(string name, string state, long? ended) => new()
    {
        ["snapshot"] = name,
        ["uuid"] = "x1HmZ1UeT3yOQvZb4m1ZHg",
        ["version_id"] = 136327827,
        ["version"] = "2.11.0",
        ["indices"] = new JsonArray("session", ".kibana_1"),
        ["data_streams"] = new JsonArray(),
        ["include_global_state"] = true,
        ["state"] = state,
        ["start_time"] = "2025-10-01T06:00:00.000Z",
        ["start_time_in_millis"] = (ended ?? 1759305600000) - 60000,
        ["end_time"] = ended is null ? null : DateTimeOffset.FromUnixTimeMilliseconds(ended.Value).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        ["end_time_in_millis"] = ended,
        ["duration_in_millis"] = ended is null ? 0 : 60000,
        ["failures"] = new JsonArray(),
        ["shards"] = new JsonObject { ["total"] = 2, ["failed"] = 0, ["successful"] = 2 },
    };

    private static OpenSearchClient Client(ScriptedServer server) =>
        OpenSearchClientFactory.Create(TestSettings.For(server.Endpoint.ToString()), TestSettings.FastRetries);
}
