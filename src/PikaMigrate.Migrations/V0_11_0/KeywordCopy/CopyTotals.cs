using PikaMigrate.OpenSearch.Model;

namespace PikaMigrate.Migrations.V0_11_0.KeywordCopy;

/// <summary>The guide's A2 figures, for one round or summed over a run's rounds.</summary>
public sealed record CopyTotals(long Total, long Updated, long Deleted, long Batches, long VersionConflicts, long Noops, long Failures)
{
    public static readonly CopyTotals Zero = new(0, 0, 0, 0, 0, 0, 0);

    public static CopyTotals Of(BulkByScrollResponse response)
    {
        var status = response.Status;
        return new(status.Total, status.Updated, status.Deleted, status.Batches, status.VersionConflicts, status.Noops, response.Failures?.Count ?? 0);
    }

    public CopyTotals Plus(CopyTotals other) => new(
        Total + other.Total,
        Updated + other.Updated,
        Deleted + other.Deleted,
        Batches + other.Batches,
        VersionConflicts + other.VersionConflicts,
        Noops + other.Noops,
        Failures + other.Failures);
}
