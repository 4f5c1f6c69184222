namespace PikaMigrate.OpenSearch.Model;

/// <summary>A finished <c>_update_by_query</c>: the counters and the failures.</summary>
public sealed record BulkByScrollResponse(
    long Total,
    long Updated,
    long Deleted,
    long Batches,
    long VersionConflicts,
    long Noops,
    bool TimedOut,
    IReadOnlyList<ByQueryFailure>? Failures,
    IReadOnlyList<BulkByScrollStatus?>? Slices = null,
    string? Canceled = null)
{
    public BulkByScrollStatus Status => new BulkByScrollStatus(Total, Updated, Deleted, Batches, VersionConflicts, Noops, Slices, Canceled).Combined();
}
