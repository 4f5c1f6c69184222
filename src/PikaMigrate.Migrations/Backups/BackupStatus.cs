using PikaMigrate.DynamoDb.Backups;
using PikaMigrate.OpenSearch.Snapshots;

namespace PikaMigrate.Migrations.Backups;

/// <summary>What the stores a migration changes keep to restore from, as read before anything is written.</summary>
/// <param name="Tables">Point-in-time recovery of each DynamoDB table the migration changes.</param>
/// <param name="Domain">The OpenSearch domain's snapshot repositories; null when OpenSearch is not connected.</param>
/// <param name="Read">When it was read (snapshot ages are counted from it).</param>
public sealed record BackupStatus(IReadOnlyList<PointInTimeRecovery> Tables, DomainSnapshots? Domain, DateTimeOffset Read)
{
    /// <summary>The DynamoDB endpoint implements no backups (DynamoDB Local): <c>--backup</c> cannot work there.</summary>
    public bool EndpointHasNoBackups => Tables.Any(t => t.EndpointHasNoBackups);

    /// <summary>How long ago the domain's newest successful snapshot ended; null when there is none or it is unknown.</summary>
    public TimeSpan? NewestSnapshotAge => Domain?.Newest?.NewestEnded is { } ended ? Read - ended : null;
}
