using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Core.Configuration;
using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Core.Running;
using PikaMigrate.DynamoDb.Backups;
using PikaMigrate.Migrations;
using PikaMigrate.Migrations.Backups;
using PikaMigrate.Migrations.Commands;

namespace PikaMigrate.Cli.Commands.Migration;

/// <summary>What plan, migrate and verify share: the stores connected and checked, the migration, its ledger and runner.</summary>
internal sealed class MigrationSession : IDisposable
{
    private MigrationSession(MigrationDefinition definition, PikaStores stores, IMigration migration, LedgerConnection ledger)
    {
        Definition = definition;
        Stores = stores;
        Migration = migration;
        Ledger = ledger;
        Runner = new MigrationRunner(ledger, TimeProvider.System);
    }

    public MigrationDefinition Definition { get; }

    public PikaStores Stores { get; }

    public IMigration Migration { get; }

    public LedgerConnection Ledger { get; }

    public MigrationRunner Runner { get; }

    /// <summary>Preflight: the version is known, the variables are set, the tables exist, the domain answers.</summary>
    public static async Task<MigrationSession> OpenAsync(
        MigrationCatalog catalog, PikaSettings settings, string version, StoreCommandSettings options, MigrationOptions migrationOptions, CancellationToken cancellationToken)
    {
        var definition = catalog.Find(version);
        var stores = await definition.ConnectAsync(settings, cancellationToken).ConfigureAwait(false);
        try
        {
            var ledger = LedgerFactory.Open(options.Ledger, settings, () => stores.DynamoDb, TimeProvider.System);
            return new MigrationSession(definition, stores, definition.Compose(stores, migrationOptions), ledger);
        }
        catch
        {
            stores.Dispose();
            throw;
        }
    }

    /// <summary>The guide's "Environment:" block, extended with where the stores and the ledger are.</summary>
    public void DescribeEnvironment(CommandOutput output)
    {
        var settings = Stores.Settings;
        output.Line($"Migration {Migration.Version}: {Migration.Title}");
        output.Line("Environment:");
        output.Line($"  Stage: {settings.Stage}");
        output.Line($"  Project: {settings.Project}");
        output.Line($"  Region: {settings.Region ?? "(from the AWS profile)"}");
        foreach (var line in Definition.Environment(Stores))
        {
            output.Line($"  {line}");
        }

        output.Line($"  Ledger: {Ledger.Description}");
        output.Line();
    }

    /// <summary>Point-in-time recovery of the tables the migration changes, and the domain's snapshots.</summary>
    public Task<BackupStatus> ReadBackupsAsync(CancellationToken cancellationToken) =>
        StoreBackups.ReadAsync(Stores, Definition.ChangedTables, TimeProvider.System, cancellationToken);

    /// <summary>An on-demand backup of each table the migration changes, available and recorded in the ledger.</summary>
    public Task<IReadOnlyList<TableBackup>> BackUpAsync(CancellationToken cancellationToken) =>
        StoreBackups.TakeAsync(Stores, Definition.ChangedTables, Ledger.Checkpoints, Migration.Version, TimeProvider.System, cancellationToken);

    public void Dispose() => Stores.Dispose();
}
