using PikaMigrate.Core.Configuration;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Migrations;

namespace PikaMigrate.Cli.Tests.TestMigrations.V0_0_1_Test;

/// <summary>T1, <c>ddb stamp-test-sessions</c>: the marker on every chat session.</summary>
public sealed class StampSessionsDefinition() : StepDefinition<MarkerSettings>(
    "T1",
    "stamp-test-sessions",
    "Stamp the test marker on every chat session",
    StoreKind.DynamoDb,
    "Test only: set test_marker on every chat session that lacks it.",
    new StoreNeeds([PikaTables.ChatSession], OpenSearchUse.None))
{
    public override Task<IMigrationStep> CreateAsync(PikaStores stores, MarkerSettings settings, MigrationOptions options, CancellationToken cancellationToken) =>
        Task.FromResult<IMigrationStep>(new StampSessionsStep(Info, stores.DynamoDb, stores.Table(PikaTables.ChatSession), settings.Marker));
}
