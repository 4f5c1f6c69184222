using System.ComponentModel;
using System.Text.Json;
using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Cli.Rendering;
using PikaMigrate.Core.Locking;
using PikaMigrate.DynamoDb;
using PikaMigrate.Migrations;
using PikaMigrate.Migrations.Commands;
using PikaMigrate.OpenSearch.Http;

namespace PikaMigrate.Cli.Commands.Migration;

[Description("Read-only: each step applied, pending or running, when it last ran, its figures and checkpoints, whether its stores were re-created since, and who holds the lock.")]
internal sealed class StatusCommand(Terminal terminal, MigrationCatalog catalog) : PikaCommand<StoreCommandSettings>(terminal)
{
    protected override async Task<int> RunAsync(StoreCommandSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        var pika = LoadSettings(settings);
        using var dynamoDb = DynamoDbClientFactory.Create(pika);
        using var openSearch = pika.DomainEndpoint is null ? null : OpenSearchClientFactory.Create(pika);
        var ledger = LedgerFactory.Open(settings.Ledger, pika, () => dynamoDb, TimeProvider.System);
        var holder = await ledger.Lock.ReadAsync(cancellationToken).ConfigureAwait(false);
        var takeover = await ledger.Checkpoints.ReadAsync(LockTakeover.LedgerKey, cancellationToken).ConfigureAwait(false);
        var stores = new RecordedStores(dynamoDb, openSearch);
        var migrations = new List<MigrationStatus>();
        foreach (var migration in catalog.Migrations)
        {
            var records = await ledger.Ledger.ReadAsync(migration.Version, cancellationToken).ConfigureAwait(false);
            var checkpoints = await ledger.CheckpointListing.ListAsync(migration.Version + "/", cancellationToken).ConfigureAwait(false);
            var (changed, notChecked) = await stores.ReviewAsync(records, cancellationToken).ConfigureAwait(false);
            migrations.Add(new MigrationStatus(migration.Version, [.. migration.Steps.Select(s => s.Info)], records, checkpoints, changed, notChecked));
        }

        var status = new LedgerStatus(
            ledger.Description, holder, takeover is null ? null : JsonSerializer.Deserialize<LockTakeover>(takeover), DateTimeOffset.UtcNow, migrations);
        if (output.Json)
        {
            output.WriteJson(StatusView.Json(status));
        }

        StatusView.Render(status, output);
        return ExitCodes.Success;
    }
}
