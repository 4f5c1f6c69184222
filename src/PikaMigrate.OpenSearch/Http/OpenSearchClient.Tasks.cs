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
    public async Task<IReadOnlyList<RunningTask>> ListTasksAsync(string action, CancellationToken cancellationToken)
    {
        var path = "_tasks?detailed=true&actions=" + Uri.EscapeDataString(action);
        var answer = await SendAsync<JsonElement>(HttpMethod.Get, path, null, RetrySafety.Idempotent, cancellationToken).ConfigureAwait(false);
        var tasks = new List<RunningTask>();
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

                var description = task.Value.TryGetProperty("description", out var d) ? d.GetString() ?? string.Empty : string.Empty;
                tasks.Add(new RunningTask(task.Name, description));
            }
        }

        return tasks;
    }
}
