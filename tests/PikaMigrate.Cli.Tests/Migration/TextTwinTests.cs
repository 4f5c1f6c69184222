using System.Text.Json.Nodes;
using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Sandbox.Seeding;
using PikaMigrate.Testing;
using PikaMigrate.Testing.Data;

namespace PikaMigrate.Cli.Tests.Migration;

/// <summary>
/// The 0.11 Lambda deployed before A1: it indexes a session with the keyword twins into the 0.10 index, and dynamic
/// mapping types them as text for good. Nothing can fix that in place; every command must say so and how to recover.
/// </summary>
[Collection(MigrationCollection.Name)]
public sealed class TextTwinTests(DynamoDbLocalFixture dynamo, OpenSearchEngineFixture engine)
{
    [Fact]
    public async Task Plan_and_verify_explain_the_recovery_and_migrate_refuses_with_exit_2()
    {
        using var scenario = await MigrationScenario.SeedAsync(dynamo, engine, "mig-text");
        var session = scenario.Dataset.Sessions().First(s => s.InvocationMode is not null && s.UserType is null);
        var type = scenario.Dataset.ExpectedUserType(session);
        var indexedBy011 = OpenSearchSeeder.Document(session with { UserType = type });
        indexedBy011["invocation_mode_keyword"] = session.InvocationMode;
        indexedBy011["user_type_keyword"] = type;
        indexedBy011["source_keyword"] = session.Source;
        await engine.SendAsync(HttpMethod.Put, $"{scenario.Index}/_doc/{session.SessionId}?refresh=true", indexedBy011);
        var (items, documents, mapping) = (await scenario.SessionItemsAsync(), await scenario.DocumentsAsync(), await scenario.MappingAsync());

        var plan = await scenario.RunAsync(scenario.Command("plan"));
        var verify = await scenario.RunAsync(scenario.Command("verify"));
        var unconfirmed = await scenario.RunAsync(scenario.Command("migrate"));
        var ledgerAfterPlans = File.Exists(scenario.Ledger.Path);
        var migrate = await scenario.RunAsync(scenario.Command("migrate", "--yes"));

        Shows.Exit(plan, 2);
        Shows.Text(plan, $"Blocked: user_type_keyword already exists in '{scenario.Index}' as text, not keyword.");
        Shows.Text(plan, "A field's type cannot be changed in place and its mapping cannot be removed");
        Shows.Text(plan, $"create a new index with Pika 0.11's mapping (the three *_keyword fields as keyword), POST _reindex from '{scenario.Index}' into it");
        Shows.Text(plan, "The migration cannot start as things stand (see above).");
        Shows.Exit(verify, 1);
        Shows.Text(verify, "✗ user_type_keyword is mapped as keyword: user_type_keyword is mapped as text");
        Shows.Text(verify, $"Fix: user_type_keyword is already mapped as text in '{scenario.Index}'");
        Shows.Text(verify, "A field's type cannot be changed in place");
        Shows.Exit(unconfirmed, 2);
        Assert.False(ledgerAfterPlans, "plan, verify or an unconfirmed migrate wrote the ledger file");
        Shows.Exit(migrate, 2);
        Shows.Error(migrate, $"✗ invocation_mode_keyword already exists in the mapping of '{scenario.Index}' as text, not keyword; nothing was changed.");
        Shows.Error(migrate, "A field's type cannot be changed in place");

        StateDifferences.AssertSame(items, await scenario.SessionItemsAsync(), $"DynamoDB {scenario.SessionTable}");
        StateDifferences.AssertSame(documents, await scenario.DocumentsAsync(), $"OpenSearch {scenario.Index}");
        Assert.Equal(mapping, await scenario.MappingAsync());
        Assert.Equal("Failed", scenario.Ledger.StepState(MigrationScenario.Version, "A1"));
        Assert.Null(scenario.Ledger.StepState(MigrationScenario.Version, "B1"));
        Assert.Null(scenario.Ledger.StepState(MigrationScenario.Version, "A2"));
    }
}
