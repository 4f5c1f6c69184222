using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Testing;

namespace PikaMigrate.Cli.Tests.Migration;

/// <summary>A ledger that cannot be read is never taken for "nothing ran": every command stops before writing.</summary>
[Collection(MigrationCollection.Name)]
public sealed class UnreadableLedgerTests(DynamoDbLocalFixture dynamo, OpenSearchEngineFixture engine)
{
    [Fact]
    public async Task A_corrupt_ledger_file_stops_every_command_with_exit_2_and_nothing_written()
    {
        using var scenario = await MigrationScenario.SeedAsync(dynamo, engine, "mig-corrupt");
        const string Corrupt = "{\"Version\": 1, \"Steps\": {\"0.11.0/A1\": {\"State\": \"Succ";
        File.WriteAllText(scenario.Ledger.Path, Corrupt);

        foreach (var args in new[] { scenario.Command("migrate", "--yes"), scenario.Command("migrate"), scenario.Command("plan"), scenario.Command("verify"), scenario.Status() })
        {
            var result = await scenario.RunAsync(args);

            Shows.Exit(result, 2);
            Shows.Error(result, $"✗ The ledger file '{scenario.Ledger.Path}' cannot be read:");
            Shows.Error(result, "Fix: Restore it from a backup or fix its permissions.");
            Shows.Error(result, "Nothing was written.");
            Assert.DoesNotContain("▶", result.StandardOutput, StringComparison.Ordinal);
        }

        await scenario.AssertUntouchedAsync();
        Assert.Equal(Corrupt, File.ReadAllText(scenario.Ledger.Path));
    }
}
