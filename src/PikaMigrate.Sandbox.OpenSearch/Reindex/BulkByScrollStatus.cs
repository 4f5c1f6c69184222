using System.Diagnostics;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Json;

namespace PikaMigrate.Sandbox.OpenSearch.Reindex;

/// <summary>
/// The live counters of one update-by-query worker (BulkByScrollTask.Status), updated once per batch, printed in
/// OpenSearch's field order. <c>created</c> appears in task status, not in the update-by-query response.
/// </summary>
internal sealed class BulkByScrollStatus(int? sliceId, float requestsPerSecond)
{
    private readonly object _gate = new();
    private long _throttledTicks;
    private long _throttledUntil;

    public int? SliceId { get; } = sliceId;

    public long Total { get; private set; }

    public long Updated { get; private set; }

    public long Deleted { get; private set; }

    public int Batches { get; private set; }

    public long VersionConflicts { get; private set; }

    public long Noops { get; private set; }

    /// <summary>Infinity when unthrottled (printed as -1.0).</summary>
    public float RequestsPerSecond { get; set; } = requestsPerSecond;

    public long ThrottledMillis => Interlocked.Read(ref _throttledTicks) / TimeSpan.TicksPerMillisecond;

    /// <summary>How long until the next batch may start while the worker is being throttled.</summary>
    public long ThrottledUntilMillis
    {
        get
        {
            var until = Interlocked.Read(ref _throttledUntil);
            return until == 0 ? 0 : Math.Max(0, (long)Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), until).Negate().TotalMilliseconds);
        }
    }

    public void SetTotal(long total)
    {
        lock (_gate)
        {
            Total = total;
        }
    }

    public void AddBatch(long updated, long deleted, long noops, long conflicts)
    {
        lock (_gate)
        {
            Batches++;
            Updated += updated;
            Deleted += deleted;
            Noops += noops;
            VersionConflicts += conflicts;
        }
    }

    public void Throttling(long untilTimestamp) => Interlocked.Exchange(ref _throttledUntil, untilTimestamp);

    public void Throttled(TimeSpan waited)
    {
        Interlocked.Add(ref _throttledTicks, waited.Ticks);
        Interlocked.Exchange(ref _throttledUntil, 0);
    }

    public JsonObject ToJson(bool includeCreated, string? canceled = null)
    {
        lock (_gate)
        {
            var json = new JsonObject();
            if (SliceId is { } id)
            {
                json["slice_id"] = id;
            }

            Counters(json, Total, Updated, Deleted, Batches, VersionConflicts, Noops, includeCreated);
            json["throttled_millis"] = ThrottledMillis;
            json["requests_per_second"] = Rate(RequestsPerSecond);
            if (canceled is not null)
            {
                json["canceled"] = canceled;
            }

            json["throttled_until_millis"] = ThrottledUntilMillis;
            return json;
        }
    }

    /// <summary>A sliced leader's status: the sums over finished slices, and a <c>slices</c> entry per slice (null while it runs).</summary>
    public static JsonObject Merged(IReadOnlyList<BulkByScrollStatus?> finished, bool includeCreated, string? canceled)
    {
        var done = finished.Where(s => s is not null).Cast<BulkByScrollStatus>().ToList();
        var json = new JsonObject();
        Counters(json, done.Sum(s => s.Total), done.Sum(s => s.Updated), done.Sum(s => s.Deleted), done.Sum(s => s.Batches),
            done.Sum(s => s.VersionConflicts), done.Sum(s => s.Noops), includeCreated);
        json["throttled_millis"] = done.Sum(s => s.ThrottledMillis);
        json["requests_per_second"] = Rate(done.Aggregate(0f, (sum, s) => sum + s.RequestsPerSecond));
        if (canceled is not null)
        {
            json["canceled"] = canceled;
        }

        json["throttled_until_millis"] = done.Count == 0 ? 0 : done.Min(s => s.ThrottledUntilMillis);
        json["slices"] = new JsonArray([.. finished.Select(s => (JsonNode?)s?.ToJson(includeCreated))]);
        return json;
    }

    private static void Counters(JsonObject json, long total, long updated, long deleted, int batches, long conflicts, long noops, bool includeCreated)
    {
        json["total"] = total;
        json["updated"] = updated;
        if (includeCreated)
        {
            json["created"] = 0;
        }

        json["deleted"] = deleted;
        json["batches"] = batches;
        json["version_conflicts"] = conflicts;
        json["noops"] = noops;
        json["retries"] = new JsonObject { ["bulk"] = 0, ["search"] = 0 };
    }

    private static JsonNode Rate(float requestsPerSecond) => JavaNumber.Float(float.IsPositiveInfinity(requestsPerSecond) ? -1f : requestsPerSecond);
}
