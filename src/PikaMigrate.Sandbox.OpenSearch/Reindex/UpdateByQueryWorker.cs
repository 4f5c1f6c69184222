using System.Diagnostics;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Documents;
using PikaMigrate.Sandbox.OpenSearch.Engine;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Indices;
using PikaMigrate.Sandbox.OpenSearch.Tasks;

namespace PikaMigrate.Sandbox.OpenSearch.Reindex;

/// <summary>
/// One scroll (a whole request or one slice): batches of <c>scroll_size</c> hits from the snapshot, the script
/// applied (in parallel within a batch), then each write checked against the snapshot's seq_no and primary term,
/// so a document changed meanwhile is a version conflict. Throttled per <c>requests_per_second</c>.
/// </summary>
internal sealed class UpdateByQueryWorker
{
    private readonly OpenSearchEngine _engine;
    private readonly UpdateByQueryRequest _request;
    private readonly IReadOnlyList<ScrollItem> _snapshot;
    private readonly int? _maxDocs;
    private readonly ScriptApplier? _script;
    private readonly object _rethrottleGate = new();
    private CancellationTokenSource _rethrottled = new();

    public UpdateByQueryWorker(OpenSearchEngine engine, UpdateByQueryRequest request, IReadOnlyList<ScrollItem> snapshot, int? maxDocs, int? sliceId, float requestsPerSecond, ScriptApplier? script)
    {
        _engine = engine;
        _request = request;
        _snapshot = snapshot;
        _maxDocs = maxDocs;
        _script = script;
        Status = new BulkByScrollStatus(sliceId, requestsPerSecond);
        Status.SetTotal(maxDocs is { } max ? Math.Min(max, snapshot.Count) : snapshot.Count);
    }

    public BulkByScrollStatus Status { get; }

    public List<JsonObject> Failures { get; } = [];

    /// <summary>The highest failure status (409 for aborted conflicts), or 200.</summary>
    public int FailureStatus { get; private set; } = 200;

    public string? Canceled { get; private set; }

    public void Rethrottle(float requestsPerSecond)
    {
        lock (_rethrottleGate)
        {
            Status.RequestsPerSecond = requestsPerSecond;
            _rethrottled.Cancel();
            _rethrottled = new CancellationTokenSource();
        }
    }

    /// <exception cref="OpenSearchException">A script or context error: the whole request fails.</exception>
    public async Task RunAsync(EngineTask task)
    {
        var position = 0;
        long successes = 0;
        var lastBatchStart = 0L;
        var lastBatchSize = 0;
        while (true)
        {
            if (_maxDocs is { } max && (_request.Proceed ? successes >= max : position >= max))
            {
                break;
            }

            // As OpenSearch, the wait comes before the next scroll, including the one that finds no more hits.
            if (task.Cancelled.IsCancellationRequested || !await ThrottleAsync(lastBatchStart, lastBatchSize, task.Cancelled).ConfigureAwait(false))
            {
                Canceled = task.CancelReason ?? "by user request";
                break;
            }

            if (position >= _snapshot.Count)
            {
                break;
            }

            var size = Math.Min(_request.ScrollSize, _snapshot.Count - position);
            if (_maxDocs is { } limit && !_request.Proceed)
            {
                size = Math.Min(size, limit - position);
            }

            lastBatchStart = Stopwatch.GetTimestamp();
            lastBatchSize = size;
            var batch = new ScrollItem[size];
            for (var i = 0; i < size; i++)
            {
                batch[i] = _snapshot[position + i];
            }

            position += size;
            successes += Write(batch, _maxDocs is { } cap && _request.Proceed ? cap - successes : long.MaxValue);
            _engine.Log?.Flush();
            if (Failures.Count > 0)
            {
                break;
            }

            await Task.Yield();
        }
    }

    /// <returns>How many writes (updates, deletes, noops) succeeded.</returns>
    private long Write(ScrollItem[] batch, long allowed)
    {
        var outcomes = new ScriptOutcome[batch.Length];
        var parsed = new ParsedDocument?[batch.Length];
        try
        {
            Prepare(batch, outcomes, parsed);
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<OpenSearchException>().FirstOrDefault() is { } failure)
        {
            throw failure;
        }

        long updated = 0, deleted = 0, noops = 0, conflicts = 0;
        for (var i = 0; i < batch.Length && updated + deleted + noops < allowed; i++)
        {
            var (index, doc) = (batch[i].Index, batch[i].Document);
            try
            {
                switch (outcomes[i].Op)
                {
                    case "noop":
                        noops++;
                        break;
                    case "delete":
                        index.Delete(doc.Id, doc.SeqNo, doc.PrimaryTerm);
                        deleted++;
                        break;
                    default:
                        var request = new IndexRequest(doc.Id, outcomes[i].Source) { IfSeqNo = doc.SeqNo, IfPrimaryTerm = doc.PrimaryTerm };
                        index.Index(request, parsed[i]);
                        updated++;
                        break;
                }
            }
            catch (OpenSearchException e) when (e.Status == 409)
            {
                conflicts++;
                if (!_request.Proceed)
                {
                    Fail(index, doc, e);
                }
            }
            catch (OpenSearchException e)
            {
                Fail(index, doc, e);
            }
        }

        Status.AddBatch(updated, deleted, noops, conflicts);
        return updated + deleted + noops;
    }

    /// <summary>Applies the script and parses the new sources for a whole batch in parallel.</summary>
    private void Prepare(ScrollItem[] batch, ScriptOutcome[] outcomes, ParsedDocument?[] parsed) =>
        Parallel.For(0, batch.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var outcome = _script?.Apply(batch[i]) ?? new ScriptOutcome("index", batch[i].Document.Source);
            outcomes[i] = outcome;
            if (outcome.Op == "index")
            {
                try
                {
                    parsed[i] = batch[i].Index.Parse(batch[i].Document.Id, outcome.Source);
                }
                catch (OpenSearchException)
                {
                    // Reported by the write, which parses again against the then-current mapping.
                }
            }
        });

    private void Fail(EngineIndex index, StoredDocument doc, OpenSearchException e)
    {
        Failures.Add(new JsonObject { ["index"] = index.Name, ["id"] = doc.Id, ["cause"] = e.Error.ToJson(), ["status"] = e.Status });
        FailureStatus = Math.Max(FailureStatus, e.Status);
    }

    /// <summary>
    /// Waits until the last batch's share of time has passed; false when cancelled meanwhile. As OpenSearch's
    /// DelayedPrepareBulkRequest, only a wait that runs its course counts in throttled_millis: one a rethrottle cuts
    /// short is replaced by the new, shorter one.
    /// </summary>
    private async Task<bool> ThrottleAsync(long lastBatchStart, int lastBatchSize, CancellationToken cancelled)
    {
        if (lastBatchSize == 0)
        {
            return true;
        }

        try
        {
            while (true)
            {
                CancellationToken rethrottled;
                float rate;
                lock (_rethrottleGate)
                {
                    rethrottled = _rethrottled.Token;
                    rate = Status.RequestsPerSecond;
                }

                if (float.IsPositiveInfinity(rate))
                {
                    return true;
                }

                var due = lastBatchStart + (long)(Stopwatch.Frequency * (lastBatchSize / (double)rate));
                var remaining = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                if (remaining <= TimeSpan.Zero)
                {
                    return true;
                }

                Status.Throttling(due);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancelled, rethrottled);
                try
                {
                    await Task.Delay(remaining, linked.Token).ConfigureAwait(false);
                    Status.Throttled(remaining);
                    return true;
                }
                catch (OperationCanceledException) when (!cancelled.IsCancellationRequested)
                {
                    // Rethrottled: work out the wait again with the new rate.
                }
            }
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
