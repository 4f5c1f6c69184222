using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Sandbox.Seeding;
using PikaMigrate.Testing;

namespace PikaMigrate.Cli.Tests.Migration;

/// <summary>
/// The ledger follows its stores: after a complete migration the tables and the index are re-created under the same
/// names (a restore, a rebuilt stage, <c>sandbox seed</c>). Every step is recorded as succeeded, but on stores that no
/// longer exist: plan and status say so, and migrate runs the steps again, with the baselines recorded afresh, to
/// "all checks hold" with no manual step.
/// </summary>
[Collection(MigrationCollection.Name)]
public sealed class StoresChangedTests(DynamoDbLocalFixture dynamo, OpenSearchEngineFixture engine)
{
    [Fact]
    public async Task Stores_re_created_after_a_complete_migration_are_migrated_again_by_the_next_run()
    {
        using var scenario = await MigrationScenario.SeedAsync(dynamo, engine, "mig-reseed");
        Shows.Exit(await scenario.RunAsync(scenario.Command("migrate", "--yes")), 0);
        await SandboxSeeder.SeedAsync(scenario.Admin, engine.Endpoint, scenario.SessionTable, scenario.UserTable, scenario.Index, scenario.Dataset.Options, CancellationToken.None);

        var plan = await scenario.RunAsync(scenario.Command("plan"));
        var status = await scenario.RunAsync(scenario.Status());
        var migrate = await scenario.RunAsync(scenario.Command("migrate", "--yes"));

        Shows.Exit(plan, 0);
        Shows.Text(plan, $"↻ A1 update-session-mapping: recorded as done");
        Shows.Text(plan, $"but OpenSearch index {scenario.Index} was re-created on");
        Shows.Text(plan, $"but DynamoDB table {scenario.SessionTable} was re-created on");
        Shows.Text(plan, "after B1 ran on");
        Shows.Text(plan, "370 sessions would get user_type");
        Shows.Exit(status, 0);
        Assert.Equal("pending again (stores re-created)", StatusTable.State(status, "backfill-session-metadata"));
        Shows.Text(status, $"B1 backfill-session-metadata is pending again: DynamoDB table {scenario.SessionTable} was re-created on");
        Shows.Text(status, "`pika-migrate migrate 0.11.0` runs it again.");
        Shows.Exit(migrate, 0);
        Shows.InOrder(
            migrate,
            "↻ A1 update-session-mapping: recorded as done",
            $"but OpenSearch index {scenario.Index} was re-created on",
            "running it again.",
            $"The additive-only baseline of OpenSearch index {scenario.Index} is recorded afresh",
            "✅ Mapping update complete!",
            "↻ B1 backfill-session-metadata: recorded as done",
            $"The additive-only baseline of DynamoDB table {scenario.SessionTable} is recorded afresh: DynamoDB table {scenario.SessionTable} was re-created on",
            "Additive-only baseline: digested as the scan reads each page, before its writes",
            "Updated: 370",
            "↻ A2 copy-to-keyword-fields: recorded as done",
            "✅ Field copy complete!",
            "✅ Fully migrated to 0.11.0: all 10 checks hold.");
        await scenario.AssertMigratedAsync();
    }
}
