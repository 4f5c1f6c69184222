using System.ComponentModel;
using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Cli.Rendering;
using PikaMigrate.Cli.Settings;
using PikaMigrate.DynamoDb;
using PikaMigrate.Migrations;

namespace PikaMigrate.Cli.Commands.Migration;

[Description("Read-only: each step applied, pending or running, its figures and checkpoints, and who holds the lock.")]
internal sealed class StatusCommand(Terminal terminal) : PikaCommand<StoreCommandSettings>(terminal)
{
    protected override async Task<int> RunAsync(StoreCommandSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        var pika = LoadSettings(settings);
        using var dynamoDb = DynamoDbClientFactory.Create(pika);
        var ledger = LedgerFactory.Open(settings.Ledger, pika, () => dynamoDb, TimeProvider.System);
        var holder = await ledger.Lock.ReadAsync(cancellationToken).ConfigureAwait(false);
        var migrations = new List<MigrationStatus>();
        foreach (var entry in MigrationCatalog.All)
        {
            var records = await ledger.Ledger.ReadAsync(entry.Version, cancellationToken).ConfigureAwait(false);
            var checkpoints = await ledger.CheckpointListing.ListAsync(entry.Version + "/", cancellationToken).ConfigureAwait(false);
            migrations.Add(new MigrationStatus(entry, records, checkpoints));
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
