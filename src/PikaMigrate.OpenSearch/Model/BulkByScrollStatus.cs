namespace PikaMigrate.OpenSearch.Model;

/// <summary>
/// The counters of an <c>_update_by_query</c> (a finished response, or a running task's status). A sliced run
/// lists its slices; a slice still running may be null.
/// </summary>
public sealed record BulkByScrollStatus(
    long Total,
    long Updated,
    long Deleted,
    long Batches,
    long VersionConflicts,
    long Noops,
    IReadOnlyList<BulkByScrollStatus?>? Slices = null,
    string? Canceled = null)
{
    /// <summary>
    /// The larger of the top-level counters and the sum over the slices, for live progress: depending on the
    /// version, a leader task's own counters may lag its slices' while they run.
    /// </summary>
    public BulkByScrollStatus Combined()
    {
        var slices = Slices?.Where(s => s is not null).Select(s => s!.Combined()).ToList();
        if (slices is not { Count: > 0 })
        {
            return this with { Slices = null };
        }

        return new BulkByScrollStatus(
            Math.Max(Total, slices.Sum(s => s.Total)),
            Math.Max(Updated, slices.Sum(s => s.Updated)),
            Math.Max(Deleted, slices.Sum(s => s.Deleted)),
            Math.Max(Batches, slices.Sum(s => s.Batches)),
            Math.Max(VersionConflicts, slices.Sum(s => s.VersionConflicts)),
            Math.Max(Noops, slices.Sum(s => s.Noops)),
            null,
            Canceled);
    }

    /// <summary>Documents handled so far, whatever happened to them.</summary>
    public long Processed => Updated + Deleted + VersionConflicts + Noops;
}
