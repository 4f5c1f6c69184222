using System.Text.Json;
using PikaMigrate.Core.Checkpoints;
using PikaMigrate.Core.Configuration;
using PikaMigrate.DynamoDb.Backups;
using PikaMigrate.OpenSearch.Snapshots;

namespace PikaMigrate.Migrations.Backups;

/// <summary>
/// Backups before writes: reads what the changed stores keep to restore from, and takes an on-demand backup of each
/// changed table, recorded in the ledger beside the migration's baselines (<c>&lt;version&gt;/backup/&lt;table&gt;/&lt;time&gt;</c>).
/// </summary>
public static class StoreBackups
{
    /// <summary>The ledger scope of the backups taken before writes.</summary>
    public const string LedgerScope = "backup";

    public static async Task<BackupStatus> ReadAsync(PikaStores stores, IReadOnlyList<PikaTable> tables, TimeProvider time, CancellationToken cancellationToken)
    {
        var recovery = new List<PointInTimeRecovery>();
        foreach (var table in tables.Where(stores.Has))
        {
            recovery.Add(await PointInTimeRecovery.DescribeAsync(stores.DynamoDb, stores.Table(table), cancellationToken).ConfigureAwait(false));
        }

        var domain = stores.HasOpenSearch ? await DomainSnapshots.ReadAsync(stores.OpenSearch, cancellationToken).ConfigureAwait(false) : null;
        return new BackupStatus(recovery, domain, time.GetUtcNow());
    }

    /// <summary>Backs up each table (waiting until the backup is available) and records it in the ledger, before any write.</summary>
    /// <exception cref="Core.PreflightException">The endpoint takes no backups, or a backup was refused or never became available.</exception>
    public static async Task<IReadOnlyList<TableBackup>> TakeAsync(
        PikaStores stores, IReadOnlyList<PikaTable> tables, ICheckpointStore ledgerCheckpoints, string version, TimeProvider time, CancellationToken cancellationToken)
    {
        var ledger = new ScopedCheckpointStore(ledgerCheckpoints, version, LedgerScope);
        var taken = new List<TableBackup>();
        foreach (var table in tables.Where(stores.Has).Select(stores.Table))
        {
            var name = $"pika-migrate-{version}-{table}-{time.GetUtcNow():yyyyMMdd-HHmmss}";
            var backup = await TableBackup.CreateAsync(stores.DynamoDb, table, name[..Math.Min(name.Length, 255)], cancellationToken).ConfigureAwait(false);
            await ledger.WriteAsync(RecordKey(backup), JsonSerializer.Serialize(backup), cancellationToken).ConfigureAwait(false);
            taken.Add(backup);
        }

        return taken;
    }

    /// <summary>The backup a ledger record holds, for status.</summary>
    public static TableBackup? Parse(string json) => JsonSerializer.Deserialize<TableBackup>(json);

    private static string RecordKey(TableBackup backup) => $"{backup.Table}/{backup.Created:yyyyMMddTHHmmssZ}";
}
