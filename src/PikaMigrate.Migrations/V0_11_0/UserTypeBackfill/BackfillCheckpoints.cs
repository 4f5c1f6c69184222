using System.Text.Json;
using PikaMigrate.Core.Checkpoints;
using PikaMigrate.DynamoDb;

namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>
/// The backfill's checkpoints in the step's store: one small record for the run (table identity, segments)
/// and one per segment, each written only once the pages before it are done.
/// </summary>
internal sealed class BackfillCheckpoints(ICheckpointStore store)
{
    private const string RunKey = "run";
    private static readonly JsonSerializerOptions Json = new() { IncludeFields = true };

    /// <summary>
    /// The run to resume on this table with its segments' checkpoints, or null to start afresh; a run taken
    /// on another table (or an earlier incarnation of this one) is discarded.
    /// </summary>
    public async Task<(RunCheckpoint Run, SegmentCheckpoint?[] Segments)?> OpenAsync(TableIdentity table, CancellationToken cancellationToken)
    {
        var text = await store.ReadAsync(RunKey, cancellationToken).ConfigureAwait(false);
        var run = text is null ? null : JsonSerializer.Deserialize<RunCheckpoint>(text, Json);
        if (run is null)
        {
            return null;
        }

        if (run.Table != table)
        {
            await ClearAsync(run.Segments, cancellationToken).ConfigureAwait(false);
            return null;
        }

        var segments = new SegmentCheckpoint?[run.Segments];
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = await store.ReadAsync(SegmentKey(i), cancellationToken).ConfigureAwait(false);
            var checkpoint = segment is null ? null : JsonSerializer.Deserialize<SegmentCheckpoint>(segment, Json);
            segments[i] = checkpoint?.RunId == run.RunId ? checkpoint : null;
        }

        return (run, segments);
    }

    /// <summary>Starts a new run; segment records of any earlier run no longer match its id.</summary>
    public Task StartAsync(RunCheckpoint run, CancellationToken cancellationToken) =>
        store.WriteAsync(RunKey, JsonSerializer.Serialize(run, Json), cancellationToken);

    public Task SaveAsync(int segment, SegmentCheckpoint checkpoint, CancellationToken cancellationToken) =>
        store.WriteAsync(SegmentKey(segment), JsonSerializer.Serialize(checkpoint, Json), cancellationToken);

    /// <summary>
    /// Forgets a finished run so the next one scans afresh (and types sessions added since). The run record
    /// goes first: a kill part-way leaves only segment records no run refers to.
    /// </summary>
    public async Task ClearAsync(int segments, CancellationToken cancellationToken)
    {
        await store.DeleteAsync(RunKey, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < segments; i++)
        {
            await store.DeleteAsync(SegmentKey(i), cancellationToken).ConfigureAwait(false);
        }
    }

    private static string SegmentKey(int segment) => $"segment-{segment}";
}
