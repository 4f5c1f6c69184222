using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using PikaMigrate.OpenSearch.Model;

namespace PikaMigrate.OpenSearch.Http;

public sealed partial class OpenSearchClient
{
    public const string UpdateByQueryAction = "indices:data/write/update/byquery";

    /// <summary>
    /// Starts <c>_update_by_query</c> as a background task (<c>wait_for_completion=false</c>): Amazon OpenSearch
    /// Service's load balancer ends long synchronous calls with 504. Not retried when the outcome is unknown.
    /// </summary>
    public async Task<UpdateByQueryStart> StartUpdateByQueryAsync(string index, UpdateByQueryRequest request, CancellationToken cancellationToken)
    {
        var query = string.Create(
            CultureInfo.InvariantCulture,
            $"wait_for_completion=false&slices={Uri.EscapeDataString(request.Slices)}&scroll_size={request.ScrollSize}&refresh={(request.Refresh ? "true" : "false")}");
        if (request.RequestsPerSecond is { } rate)
        {
            query += "&requests_per_second=" + rate.ToString(CultureInfo.InvariantCulture);
        }

        var script = new JsonObject { ["lang"] = "painless", ["source"] = request.ScriptSource };
        if (request.ScriptParams is not null)
        {
            script["params"] = request.ScriptParams.DeepClone();
        }

        var body = new JsonObject
        {
            ["conflicts"] = request.ProceedOnConflicts ? "proceed" : "abort",
            ["query"] = request.Query.DeepClone(),
            ["script"] = script,
        };
        var answer = await SendAsync<JsonElement>(HttpMethod.Post, PathOf(index, "_update_by_query") + "?" + query, JsonBody(body), RetrySafety.StartsWork, cancellationToken).ConfigureAwait(false);
        if (answer.TryGetProperty("task", out var task) && task.GetString() is { Length: > 0 } id)
        {
            return new UpdateByQueryStart(id, null);
        }

        return new UpdateByQueryStart(null, answer.Deserialize<BulkByScrollResponse>(Json));
    }

    /// <summary>A task's state, or null when the cluster no longer knows it (never stored, or the node restarted).</summary>
    public async Task<TaskResponse?> GetTaskAsync(string taskId, CancellationToken cancellationToken)
    {
        try
        {
            return await SendAsync<TaskResponse>(HttpMethod.Get, PathOf("_tasks", taskId), null, RetrySafety.Idempotent, cancellationToken).ConfigureAwait(false);
        }
        catch (OpenSearchException e) when (e.Status == HttpStatusCode.NotFound && e.Is("resource_not_found_exception"))
        {
            return null;
        }
    }

    /// <summary>Running top-level tasks of one action (slices, which have a parent, are left out).</summary>
    public async Task<IReadOnlyList<TaskSummary>> ListTasksAsync(string action, CancellationToken cancellationToken)
    {
        var path = "_tasks?detailed=true&actions=" + Uri.EscapeDataString(action);
        var answer = await SendAsync<JsonElement>(HttpMethod.Get, path, null, RetrySafety.Idempotent, cancellationToken).ConfigureAwait(false);
        var tasks = new List<TaskSummary>();
        if (!answer.TryGetProperty("nodes", out var nodes))
        {
            return tasks;
        }

        foreach (var node in nodes.EnumerateObject())
        {
            if (!node.Value.TryGetProperty("tasks", out var nodeTasks))
            {
                continue;
            }

            foreach (var task in nodeTasks.EnumerateObject())
            {
                if (task.Value.TryGetProperty("parent_task_id", out _))
                {
                    continue;
                }

                tasks.Add(Summary(task.Name, task.Value));
            }
        }

        return tasks;
    }

    /// <summary>
    /// Finished tasks of one action whose description holds <paramref name="text"/> (a word of it), started since
    /// <paramref name="since"/>: the results OpenSearch keeps in its <c>.tasks</c> index for tasks started with
    /// <c>wait_for_completion=false</c>. Empty when no result was ever stored (no <c>.tasks</c> index). What the index
    /// shows lags its writes by up to a refresh.
    /// </summary>
    public async Task<IReadOnlyList<TaskSummary>> SearchStoredTasksAsync(string action, string text, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var query = new JsonObject
        {
            ["bool"] = new JsonObject
            {
                ["filter"] = new JsonArray(
                    new JsonObject { ["term"] = new JsonObject { ["task.action"] = action } },
                    new JsonObject { ["match"] = new JsonObject { ["task.description"] = text } },
                    new JsonObject { ["range"] = new JsonObject { ["task.start_time_in_millis"] = new JsonObject { ["gte"] = since.ToUnixTimeMilliseconds() } } }),
            },
        };
        SearchResponse response;
        try
        {
            response = await SearchAsync(StoredTasksIndex, new SearchRequest(query, 10, ["task.description", "task.start_time_in_millis"]), cancellationToken).ConfigureAwait(false);
        }
        catch (OpenSearchException e) when (e.Status == HttpStatusCode.NotFound && e.Is("index_not_found_exception"))
        {
            return [];
        }

        return
        [
            .. response.Hits.Hits
                .Where(hit => hit.Source is { } source && source.TryGetProperty("task", out _))
                .Select(hit => Summary(hit.Id, hit.Source!.Value.GetProperty("task"))),
        ];
    }

    /// <summary>Where OpenSearch keeps the results of tasks started with <c>wait_for_completion=false</c>.</summary>
    public const string StoredTasksIndex = ".tasks";

    /// <summary>
    /// True when a request may have reached the domain and been carried out although no answer came back: a gateway
    /// error (502, 504) or a connection that was made and then dropped or timed out. A request never sent (refused
    /// connection, unknown host) or refused by the domain (429, 503, 4xx) is not.
    /// </summary>
    public static bool IsLostAnswer(Exception exception) => exception switch
    {
        OpenSearchException e => e.Status is HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout,
        OpenSearchUnreachableException e => !e.NeverConnected,
        _ => false,
    };

    private static TaskSummary Summary(string id, JsonElement task) => new(
        id,
        task.TryGetProperty("description", out var description) ? description.GetString() ?? string.Empty : string.Empty,
        task.TryGetProperty("start_time_in_millis", out var started) && started.TryGetInt64(out var millis)
            ? DateTimeOffset.FromUnixTimeMilliseconds(millis)
            : DateTimeOffset.MinValue);
}
