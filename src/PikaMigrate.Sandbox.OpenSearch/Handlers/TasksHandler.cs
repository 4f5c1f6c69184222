using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Engine;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Http;
using PikaMigrate.Sandbox.OpenSearch.Reindex;
using PikaMigrate.Sandbox.OpenSearch.Tasks;
using PikaMigrate.Sandbox.OpenSearch.Text;

namespace PikaMigrate.Sandbox.OpenSearch.Handlers;

/// <summary>
/// The tasks API: GET one task (running: <c>completed:false</c> with live status; finished and stored: its
/// <c>response</c> or <c>error</c>), list and cancel tasks, and rethrottle an update-by-query.
/// </summary>
internal sealed class TasksHandler(OpenSearchEngine engine) : IRestHandler
{
    private static readonly string[] ListParameters = ["actions", "detailed", "parent_task_id", "nodes", "group_by", "wait_for_completion", "timeout"];

    public IEnumerable<Route> Routes() =>
    [
        new("GET", "/_tasks/{task_id}", ["wait_for_completion", "timeout"], GetAsync),
        Route.Sync("GET", "/_tasks", ListParameters, List),
        Route.Sync("POST", "/_tasks/{task_id}/_cancel", ["actions", "nodes", "parent_task_id", "wait_for_completion"], Cancel),
        Route.Sync("POST", "/_update_by_query/{task_id}/_rethrottle", ["requests_per_second"], Rethrottle),
    ];

    private async Task<RestResponse> GetAsync(RestRequest request, CancellationToken aborted)
    {
        var id = request.PathValue("task_id");
        var running = engine.Tasks.FindRunning(id);
        if (running is not null && request.Query.Bool("wait_for_completion", false))
        {
            var timeout = TimeValue.Parse(request.Query.String("timeout") ?? "30s", "timeout");
            JsonObject finished;
            try
            {
                finished = await running.Completion.WaitAsync(timeout, aborted).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                throw new OpenSearchException(500, new ErrorCause("timeout_exception", $"Timed out waiting for completion of task [{id}]"));
            }

            // As OpenSearch: a stored result if there is one, else the snapshot of the task taken when it finished.
            return RestResponse.Ok(engine.Tasks.FindStored(id)?.DeepClone()
                ?? new JsonObject { ["completed"] = true, ["task"] = finished["task"]!.DeepClone() });
        }

        if (running is not null)
        {
            return RestResponse.Ok(new JsonObject { ["completed"] = false, ["task"] = running.Info(detailed: true) });
        }

        return engine.Tasks.FindStored(id) is { } stored ? RestResponse.Ok(stored.DeepClone()) : throw engine.Tasks.NotFound(id);
    }

    private RestResponse List(RestRequest request)
    {
        var detailed = request.Query.Bool("detailed", false);
        var groupBy = request.Query.String("group_by");
        if (groupBy is not (null or "nodes" or "none" or "parents"))
        {
            throw RequestErrors.IllegalArgument($"unknown group_by value [{groupBy}]");
        }

        var (listing, perNode) = engine.Tasks.StartListing(request.OpaqueId);
        try
        {
            var tasks = Filter(engine.Tasks.Running, request.Query.List("actions"), request.Query.String("parent_task_id")).ToList();
            return groupBy switch
            {
                "none" => RestResponse.Ok(new JsonObject { ["tasks"] = new JsonArray([.. tasks.Select(t => (JsonNode)t.Info(detailed))]) }),
                "parents" => RestResponse.Ok(new JsonObject { ["tasks"] = ByParent(tasks, detailed) }),
                _ => RestResponse.Ok(ByNode(tasks, detailed)),
            };
        }
        finally
        {
            engine.Tasks.Finish(perNode, new JsonObject(), null);
            engine.Tasks.Finish(listing, new JsonObject(), null);
        }
    }

    private RestResponse Cancel(RestRequest request)
    {
        var id = request.PathValue("task_id");
        var task = engine.Tasks.FindRunning(id) ?? throw RequestErrors.ResourceNotFound($"task [{id}] is not found");
        if (!task.Cancellable)
        {
            throw RequestErrors.IllegalArgument($"task [{id}] doesn't support cancellation");
        }

        task.Cancel("by user request");
        foreach (var child in engine.Tasks.Running.Where(t => t.ParentTaskId == task.FullId))
        {
            child.Cancel("by user request");
        }

        return RestResponse.Ok(ByNode([task], detailed: false));
    }

    private RestResponse Rethrottle(RestRequest request)
    {
        var id = request.PathValue("task_id");
        var rate = UpdateByQueryRequest.Rate(request.Query.String("requests_per_second")
            ?? throw RequestErrors.ActionValidation("requests_per_second must be set"));
        var task = engine.Tasks.FindRunning(id) ?? throw RequestErrors.ResourceNotFound($"task [{id}] is missing");
        // A run's own throttle shares the new rate among its running slices.
        task.Rethrottle?.Invoke(rate);

        return RestResponse.Ok(ByNode([task], detailed: true));
    }

    private static IEnumerable<EngineTask> Filter(IEnumerable<EngineTask> tasks, IReadOnlyList<string>? actions, string? parent) => tasks.Where(t =>
        (actions is null || actions.Any(a => Glob.IsMatch(a, t.Action))) && (parent is null || t.ParentTaskId == parent));

    private JsonObject ByNode(IReadOnlyList<EngineTask> tasks, bool detailed)
    {
        var node = new JsonObject
        {
            ["name"] = engine.Node.NodeName,
            ["transport_address"] = "127.0.0.1:9300",
            ["host"] = "127.0.0.1",
            ["ip"] = "127.0.0.1:9300",
            ["roles"] = new JsonArray("cluster_manager", "data", "ingest", "remote_cluster_client"),
            ["tasks"] = new JsonObject(tasks.Select(t => new KeyValuePair<string, JsonNode?>(t.FullId, t.Info(detailed)))),
        };
        return new JsonObject { ["nodes"] = tasks.Count == 0 ? new JsonObject() : new JsonObject { [engine.Node.NodeId] = node } };
    }

    private static JsonObject ByParent(IReadOnlyList<EngineTask> tasks, bool detailed)
    {
        var result = new JsonObject();
        foreach (var task in tasks.Where(t => t.ParentTaskId is null || tasks.All(p => p.FullId != t.ParentTaskId)))
        {
            var info = task.Info(detailed);
            var children = tasks.Where(c => c.ParentTaskId == task.FullId).Select(c => (JsonNode)c.Info(detailed)).ToList();
            if (children.Count > 0)
            {
                info["children"] = new JsonArray([.. children]);
            }

            result[task.FullId] = info;
        }

        return result;
    }
}
