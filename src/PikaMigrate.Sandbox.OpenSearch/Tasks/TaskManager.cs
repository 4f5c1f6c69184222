using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Engine;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Persistence;

namespace PikaMigrate.Sandbox.OpenSearch.Tasks;

/// <summary>
/// Running tasks by id (<c>&lt;nodeId&gt;:&lt;number&gt;</c>) and the stored results of those started with
/// <c>wait_for_completion=false</c> (OpenSearch keeps them in its <c>.tasks</c> index; here in memory and the log).
/// </summary>
internal sealed class TaskManager(NodeIdentity node, IOperationLog? log, TimeProvider time)
{
    private readonly ConcurrentDictionary<long, EngineTask> _running = new();
    private readonly ConcurrentDictionary<long, JsonObject> _stored = new();
    private readonly CancellationTokenSource _stopping = new();
    private long _lastId;

    public IEnumerable<EngineTask> Running => _running.Values.OrderBy(t => t.Id);

    public const string ListAction = "cluster:monitor/tasks/lists";

    public EngineTask Start(string action, string description, string? parentTaskId, bool storeResult, Func<JsonObject>? status, string? opaqueId = null) =>
        Register(new EngineTask(node.NodeId, Interlocked.Increment(ref _lastId), action, description, time.GetUtcNow().ToUnixTimeMilliseconds(), parentTaskId, _stopping.Token)
        {
            StoreResult = storeResult,
            Status = status,
            OpaqueId = opaqueId,
        });

    /// <summary>
    /// A tasks listing is itself a task with a per-node child (TransportListTasksAction), so a listing shows itself.
    /// Neither can be cancelled; the caller finishes both.
    /// </summary>
    public (EngineTask Listing, EngineTask PerNode) StartListing(string? opaqueId)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var listing = Register(new EngineTask(node.NodeId, Interlocked.Increment(ref _lastId), ListAction, "", now, null, _stopping.Token)
        {
            Cancellable = false,
            OpaqueId = opaqueId,
        });
        var perNode = Register(new EngineTask(node.NodeId, Interlocked.Increment(ref _lastId), ListAction + "[n]", "", now, listing.FullId, _stopping.Token)
        {
            Type = "direct",
            Cancellable = false,
            OpaqueId = opaqueId,
        });
        return (listing, perNode);
    }

    /// <summary>Ends a task with its response or error; the result is stored when the task asked for it.</summary>
    public JsonObject Finish(EngineTask task, JsonObject? response, ErrorCause? error)
    {
        var result = new JsonObject { ["completed"] = true, ["task"] = task.Info(detailed: true) };
        if (error is not null)
        {
            result["error"] = error.ToJson();
        }
        else
        {
            result["response"] = response;
        }

        if (task.StoreResult)
        {
            _stored[task.Id] = result;
            using (new ChangeGateScope(log))
            {
                log?.Append(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("op", "task");
                    w.WriteNumber("id", task.Id);
                    w.WritePropertyName("result");
                    result.WriteTo(w);
                    w.WriteEndObject();
                });
            }

            log?.Flush();
        }

        _running.TryRemove(task.Id, out _);
        task.Complete(result);
        return result;
    }

    /// <returns>The running task, or null; a malformed id is a 400.</returns>
    public EngineTask? FindRunning(string taskId) => Parse(taskId) is { } id && _running.TryGetValue(id, out var task) ? task : null;

    public JsonObject? FindStored(string taskId) => Parse(taskId) is { } id && _stored.TryGetValue(id, out var result) ? result : null;

    /// <summary>Neither running nor stored; the id of another node says so (TransportGetTaskAction).</summary>
    public OpenSearchException NotFound(string taskId)
    {
        var missing = new ErrorCause("resource_not_found_exception", $"task [{taskId}] isn't running and hasn't stored its results");
        var nodeId = taskId[..taskId.LastIndexOf(':')];
        return nodeId == node.NodeId
            ? new OpenSearchException(404, missing)
            : new OpenSearchException(404, new ErrorCause("resource_not_found_exception",
                $"task [{taskId}] belongs to the node [{nodeId}] which isn't part of the cluster and there is no record of the task") { CausedBy = missing });
    }

    /// <summary>A stored result read back from disk.</summary>
    public void Restore(long id, JsonObject result)
    {
        _stored[id] = result;
        InterlockedMax(id);
    }

    public IEnumerable<(long Id, JsonObject Result)> StoredResults => _stored.Select(kv => (kv.Key, kv.Value));

    /// <summary>Cancels every running task and waits (up to the timeout) for them to stop at their next batch.</summary>
    public async Task StopAllAsync(TimeSpan timeout)
    {
        var running = _running.Values.ToList();
        foreach (var task in running)
        {
            task.Cancel("node is shutting down");
        }

        _stopping.Cancel();
        try
        {
            await Task.WhenAll(running.Select(t => t.Completion)).WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A task still writing after the timeout: its last batch may be in the log, not in the snapshot.
        }
    }

    private long? Parse(string taskId)
    {
        var colon = taskId.LastIndexOf(':');
        if (colon <= 0 || !long.TryParse(taskId[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            throw RequestErrors.IllegalArgument($"malformed task id {taskId}");
        }

        return taskId[..colon] == node.NodeId ? id : null;
    }

    private EngineTask Register(EngineTask task)
    {
        _running[task.Id] = task;
        return task;
    }

    private void InterlockedMax(long id)
    {
        long current;
        do
        {
            current = Interlocked.Read(ref _lastId);
            if (id <= current)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _lastId, id, current) != current);
    }
}
