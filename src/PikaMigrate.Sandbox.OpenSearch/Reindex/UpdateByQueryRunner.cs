using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Engine;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Indices;
using PikaMigrate.Sandbox.OpenSearch.Query;
using PikaMigrate.Sandbox.OpenSearch.Tasks;

namespace PikaMigrate.Sandbox.OpenSearch.Reindex;

/// <summary>
/// Starts an update-by-query as a task that belongs to the engine (not to the HTTP request): snapshot the matching
/// documents, split them into slices (child tasks), run the workers and finish the task with the merged response.
/// </summary>
internal sealed class UpdateByQueryRunner(OpenSearchEngine engine)
{
    public const string Action = "indices:data/write/update/byquery";

    /// <exception cref="OpenSearchException">The query cannot run on every index (400), before any task starts.</exception>
    public (EngineTask Task, Task<UpdateByQueryResult> Completion) Start(IReadOnlyList<EngineIndex> indices, UpdateByQueryRequest request, string? opaqueId)
    {
        var snapshot = Snapshot(indices, request);
        var slices = request.Slices == 0
            ? Math.Min(indices.Count == 0 ? 1 : indices.Min(i => i.Settings.NumberOfShards), 20)
            : request.Slices;
        var description = $"update-by-query [{string.Join(", ", indices.Select(i => i.Name))}]"
            + (request.Script is { } script ? $" updated with {script}" : "");
        UpdateByQueryWorker? single = null;
        var sliceWorkers = new BulkByScrollStatus?[slices];
        EngineTask? parent = null;
        // Until its worker starts, a run shows what its snapshot holds (the first scroll page's total).
        var waiting = new BulkByScrollStatus(null, request.RequestsPerSecond);
        waiting.SetTotal(request.MaxDocs is { } limit ? Math.Min(limit, snapshot.Count) : snapshot.Count);
        parent = engine.Tasks.Start(Action, description, null, storeResult: !request.WaitForCompletion, () => slices == 1
            ? (single?.Status ?? waiting).ToJson(includeCreated: true, parent?.CancelReason)
            : BulkByScrollStatus.Merged(sliceWorkers, includeCreated: true, parent?.CancelReason), opaqueId);
        var throttle = new RunThrottle(request.RequestsPerSecond, slices);
        parent.Rethrottle = throttle.Rethrottle;

        // Slices are tasks from the start, so a listing right after the answer shows them.
        var plans = slices == 1 ? [] : PlanSlices(parent, request, snapshot, slices, description);
        var started = Stopwatch.StartNew();
        var completion = Task.Run(async () =>
        {
            try
            {
                var applier = request.Script is { } spec ? new ScriptApplier(spec) : null;
                List<UpdateByQueryWorker> workers;
                if (slices == 1)
                {
                    single = throttle.Start(rate => new UpdateByQueryWorker(engine, request, snapshot, request.MaxDocs, null, rate, applier));
                    await single.RunAsync(parent).ConfigureAwait(false);
                    workers = [single];
                }
                else
                {
                    workers = await RunSlicesAsync(parent, request, plans, applier, sliceWorkers, throttle).ConfigureAwait(false);
                }

                if (request.Refresh && parent.CancelReason is null)
                {
                    // refresh=true: the run's writes are searchable once it answers (not after a cancellation).
                    foreach (var index in indices)
                    {
                        index.Refresh();
                    }
                }

                var result = Result(workers, slices > 1, started.Elapsed, parent.CancelReason);
                engine.Tasks.Finish(parent, result.Response!(true), null);
                return result;
            }
            catch (OpenSearchException e)
            {
                // Slices that never started (the script did not compile) end with the run.
                foreach (var plan in plans.Where(p => p.Worker is null))
                {
                    engine.Tasks.Finish(plan.Task, null, e.Error);
                }

                engine.Tasks.Finish(parent, null, e.Error);
                return new UpdateByQueryResult(null, e.Status, e);
            }
        });
        return (parent, completion);
    }

    private List<SlicePlan> PlanSlices(EngineTask parent, UpdateByQueryRequest request, List<ScrollItem> snapshot, int slices, string description)
    {
        var plans = new List<SlicePlan>();
        for (var slice = 0; slice < slices; slice++)
        {
            var id = slice;
            var part = snapshot.Where(item => SliceOf(item.Document.Id, slices) == id).ToList();
            int? maxDocs = request.MaxDocs is { } max ? (max / slices) + (id < max % slices ? 1 : 0) : null;
            var waiting = new BulkByScrollStatus(id, request.RequestsPerSecond / slices);
            waiting.SetTotal(maxDocs is { } limit ? Math.Min(limit, part.Count) : part.Count);
            SlicePlan? plan = null;
            var child = engine.Tasks.Start(Action, description, parent.FullId, storeResult: false,
                () => (plan?.Worker?.Status ?? waiting).ToJson(includeCreated: true), parent.OpaqueId);
            plan = new SlicePlan(id, part, maxDocs, child);
            plans.Add(plan);
        }

        return plans;
    }

    private async Task<List<UpdateByQueryWorker>> RunSlicesAsync(
        EngineTask parent, UpdateByQueryRequest request, List<SlicePlan> plans, ScriptApplier? applier, BulkByScrollStatus?[] finished, RunThrottle throttle)
    {
        var workers = new List<UpdateByQueryWorker>();
        var runs = new List<Task>();
        foreach (var plan in plans)
        {
            var worker = throttle.Start(rate => new UpdateByQueryWorker(engine, request, plan.Part, plan.MaxDocs, plan.Id, rate, applier));
            plan.Worker = worker;
            workers.Add(worker);
            var child = plan.Task;
            child.Rethrottle = worker.Rethrottle;
            runs.Add(Task.Run(async () =>
            {
                try
                {
                    using var link = parent.Cancelled.Register(() => child.Cancel(parent.CancelReason ?? "by user request"));
                    await worker.RunAsync(child).ConfigureAwait(false);
                    throttle.Finished(worker);
                    engine.Tasks.Finish(child, worker.Status.ToJson(includeCreated: true), null);
                    finished[plan.Id] = worker.Status;
                }
                catch (OpenSearchException e)
                {
                    throttle.Finished(worker);
                    engine.Tasks.Finish(child, null, e.Error);
                    throw;
                }
            }));
        }

        try
        {
            await Task.WhenAll(runs).ConfigureAwait(false);
        }
        catch (OpenSearchException)
        {
            throw runs.Select(r => r.Exception?.InnerException).OfType<OpenSearchException>().First();
        }

        return workers;
    }

    private static UpdateByQueryResult Result(List<UpdateByQueryWorker> workers, bool sliced, TimeSpan took, string? canceled)
    {
        var status = workers.Max(w => w.FailureStatus);
        JsonObject Response(bool includeCreated)
        {
            var statusJson = sliced
                ? BulkByScrollStatus.Merged([.. workers.Select(w => w.Status)], includeCreated, canceled)
                : workers[0].Status.ToJson(includeCreated, canceled ?? workers[0].Canceled);
            var response = new JsonObject { ["took"] = (long)took.TotalMilliseconds, ["timed_out"] = false };
            foreach (var (key, value) in statusJson)
            {
                response[key] = value?.DeepClone();
            }

            response["failures"] = new JsonArray([.. workers.SelectMany(w => w.Failures).Select(f => (JsonNode)f.DeepClone())]);
            return response;
        }

        return new UpdateByQueryResult(Response, status, null);
    }

    private List<ScrollItem> Snapshot(IReadOnlyList<EngineIndex> indices, UpdateByQueryRequest request)
    {
        var failures = new List<ShardFailure>();
        var items = new List<ScrollItem>();
        var now = engine.NowMillis;
        foreach (var index in indices)
        {
            try
            {
                var query = request.Query.Compile(new QueryContext(index, now));
                var view = index.Searchable();
                foreach (var position in query.Select(view).ToArray())
                {
                    var doc = view.Documents[position];
                    if (request.ManualSlice is not { } slice || SliceOf(doc.Id, slice.Max) == slice.Id)
                    {
                        items.Add(new ScrollItem(index, doc));
                    }
                }
            }
            catch (ShardFailureException e)
            {
                failures.Add(new ShardFailure(index.Name, engine.Node.NodeId, e.Cause, e.Status));
            }
        }

        return failures.Count > 0 ? throw SearchErrors.AllShardsFailed(failures) : items;
    }

    /// <summary>Which slice a document belongs to: a stable hash of its id, as OpenSearch slices by _id.</summary>
    private static int SliceOf(string id, int slices)
    {
        // FNV-1a over the UTF-8 bytes: stable across runs and processes (string.GetHashCode is not).
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(id))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return (int)(hash % (uint)slices);
    }

    /// <summary>One slice: its share of the snapshot, its task (registered at once), and its worker once it runs.</summary>
    private sealed class SlicePlan(int id, List<ScrollItem> part, int? maxDocs, EngineTask task)
    {
        public int Id { get; } = id;

        public List<ScrollItem> Part { get; } = part;

        public int? MaxDocs { get; } = maxDocs;

        public EngineTask Task { get; } = task;

        public UpdateByQueryWorker? Worker { get; set; }
    }
}
