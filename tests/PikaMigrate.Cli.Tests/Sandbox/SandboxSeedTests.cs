using PikaMigrate.Cli.Commands.Sandbox;
using PikaMigrate.Cli.Tests.Migration;
using PikaMigrate.Core.Ledger;
using PikaMigrate.DynamoDb.Ledger;
using PikaMigrate.Sandbox.Dataset;
using PikaMigrate.Sandbox.Lifecycle;
using PikaMigrate.Sandbox.OpenSearch;
using PikaMigrate.Testing;
using PikaMigrate.Testing.DynamoDb;

namespace PikaMigrate.Cli.Tests.Sandbox;

/// <summary><c>sandbox seed</c> replaces the sandbox's data, so it resets the ledger that described the data replaced.</summary>
[Collection(MigrationCollection.Name)]
public sealed class SandboxSeedTests(DynamoDbLocalFixture dynamo)
{
    [Fact]
    public async Task Seeding_replaces_the_data_and_resets_the_sandboxs_ledger()
    {
        // The sandbox's index is literally "session": an engine of this test's own keeps it apart from the others.
        await using var engine = await OpenSearchEngineServer.StartAsync(new EngineOptions(), CancellationToken.None);
        using var client = dynamo.CreateClient();
        var table = DynamoDbLedgerTable.DefaultName($"{SandboxEndpoints.Project}-{SandboxEndpoints.Stage}");
        var ledger = DynamoDbLedger.Open(client, table, TimeProvider.System);
        await ledger.Ledger.WriteAsync(StepRecord.Starting("0.11.0", "B1", "an earlier run", DateTimeOffset.UtcNow, []), CancellationToken.None);

        var seeded = await SandboxSeedCommand.SeedAsync(new SandboxEndpoints(dynamo.Endpoint, engine.Endpoint), new DatasetOptions { Sessions = 20, Users = 5, PreTyped = 2 }, CancellationToken.None);

        Assert.Equal(20, seeded.Sessions);
        Assert.False(await client.TableExistsAsync(table), $"{table} still exists after the seed");
        Assert.Empty(await DynamoDbLedger.Open(client, table, TimeProvider.System).Ledger.ReadAsync("0.11.0", CancellationToken.None));
    }
}
