using System.Diagnostics;
using System.Text.Json.Nodes;

namespace PikaMigrate.Sandbox.OpenSearch.Tasks;

/// <summary>
/// A running task as the tasks API shows it. It lives on the engine, not on the HTTP request that started it:
/// a client that disconnects does not stop it.
/// </summary>
internal sealed class EngineTask
{
    private readonly long _startTimestamp = Stopwatch.GetTimestamp();
    private readonly CancellationTokenSource _cancellation;
    private readonly TaskCompletionSource<JsonObject> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public EngineTask(string nodeId, long id, string action, string description, long startMillis, string? parentTaskId, CancellationToken engineStopping)
    {
        NodeId = nodeId;
        Id = id;
        Action = action;
        Description = description;
        StartMillis = startMillis;
        ParentTaskId = parentTaskId;
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(engineStopping);
    }

    public string NodeId { get; }

    public long Id { get; }

    public string FullId => $"{NodeId}:{Id}";

    public string Action { get; }

    public string Description { get; }

    public long StartMillis { get; }

    public string? ParentTaskId { get; }

    /// <summary>Whether the final result is kept for GET <c>_tasks</c> (<c>wait_for_completion=false</c>).</summary>
    public bool StoreResult { get; init; }

    /// <summary><c>transport</c>, or <c>direct</c> for a node-local child of a listing.</summary>
    public string Type { get; init; } = "transport";

    public bool Cancellable { get; init; } = true;

    /// <summary>The <c>X-Opaque-Id</c> of the request that started the task (or its parent).</summary>
    public string? OpaqueId { get; init; }

    /// <summary>The live <c>status</c> object.</summary>
    public Func<JsonObject>? Status { get; init; }

    /// <summary>Changes the task's requests_per_second (update by query), when it supports that.</summary>
    public Action<float>? Rethrottle { get; set; }

    public CancellationToken Cancelled => _cancellation.Token;

    public string? CancelReason { get; private set; }

    public bool IsCancelled => CancelReason is not null;

    /// <summary>The task result document (<c>completed</c>, <c>task</c>, <c>response</c> or <c>error</c>).</summary>
    public Task<JsonObject> Completion => _completion.Task;

    public void Cancel(string reason)
    {
        CancelReason ??= reason;
        _cancellation.Cancel();
    }

    public void Complete(JsonObject result) => _completion.TrySetResult(result);

    /// <summary>TaskInfo: status and description only when detailed (GET of one task is always detailed).</summary>
    public JsonObject Info(bool detailed)
    {
        var info = new JsonObject
        {
            ["node"] = NodeId,
            ["id"] = Id,
            ["type"] = Type,
            ["action"] = Action,
        };
        if (detailed)
        {
            if (Status is not null)
            {
                info["status"] = Status();
            }

            info["description"] = Description;
        }

        info["start_time_in_millis"] = StartMillis;
        info["running_time_in_nanos"] = (long)(Stopwatch.GetElapsedTime(_startTimestamp).Ticks * 100);
        info["cancellable"] = Cancellable;
        info["cancelled"] = IsCancelled;
        if (ParentTaskId is not null)
        {
            info["parent_task_id"] = ParentTaskId;
        }

        info["headers"] = OpaqueId is null ? new JsonObject() : new JsonObject { ["X-Opaque-Id"] = OpaqueId };
        return info;
    }
}
