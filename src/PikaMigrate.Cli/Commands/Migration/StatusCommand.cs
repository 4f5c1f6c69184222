using System.ComponentModel;
using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Cli.Rendering;
using PikaMigrate.DynamoDb;
using PikaMigrate.Migrations;
using PikaMigrate.Migrations.Commands;

namespace PikaMigrate.Cli.Commands.Migration;

[Description("Read-only: each step applied, pending or running, its figures and checkpoints, and who holds the lock.")]
internal sealed class StatusCommand(Terminal terminal, MigrationCatalog catalog) : PikaCommand<StoreCommandSettings>(terminal)
{
    protected override async Task<int> RunAsync(StoreCommandSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        var pika = LoadSettings(settings);
        using var dynamoDb = DynamoDbClientFactory.Create(pika);
        var ledger = LedgerFactory.Open(settings.Ledger, pika, () => dynamoDb, TimeProvider.System);
        var holder = await ledger.Lock.ReadAsync(cancellationToken).ConfigureAwait(false);
        var migrations = new List<MigrationStatus>();
        foreach (var migration in catalog.Migrations)
        {
            var records = await ledger.Ledger.ReadAsync(migration.Version, cancellationToken).ConfigureAwait(false);
            var checkpoints = await ledger.CheckpointListing.ListAsync(migration.Version + "/", cancellationToken).ConfigureAwait(false);
            migrations.Add(new MigrationStatus(migration.Version, [.. migration.Steps.Select(s => s.Info)], records, checkpoints));
        }

        var status = new LedgerStatus(ledger.Description, holder, DateTimeOffset.UtcNow, migrations);
        if (output.Json)
        {
            output.WriteJson(StatusView.Json(status));
        }

        StatusView.Render(status, output);
        return ExitCodes.Success;
    }
}
