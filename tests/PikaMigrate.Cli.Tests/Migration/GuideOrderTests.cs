using System.Text.Json.Nodes;
using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Testing;
using PikaMigrate.Testing.Data;

namespace PikaMigrate.Cli.Tests.Migration;

/// <summary>
/// The guide's own order, A1, A2, then B1 run as its script runs it (DynamoDB only), with the 0.10 Lambda's stream
/// carrying each new user_type into the index afterwards: that leaves user_type without user_type_keyword, which
/// verify must name along with the command that mends it.
/// </summary>
[Collection(MigrationCollection.Name)]
public sealed class GuideOrderTests(DynamoDbLocalFixture dynamo, OpenSearchEngineFixture engine)
{
    [Fact]
    public async Task Verify_names_the_gap_the_guides_order_leaves_and_the_copy_mends_it()
    {
        using var scenario = await MigrationScenario.SeedAsync(dynamo, engine, "mig-guide", fileLedger: false);
        var dynamoDbOnly = scenario.EnvFileWith("ddb-only", "PIKA_DOMAIN_ENDPOINT", null);

        var a1 = await scenario.RunAsync(scenario.Step("os", "update-session-mapping", "--yes"));
        var a2 = await scenario.RunAsync(scenario.Step("os", "copy-to-keyword-fields", "--yes"));
        var b1 = await scenario.RunAsync(
            ["ddb", "backfill-session-metadata", "--yes", "--env-file", dynamoDbOnly, "--missing-users-file", Path.Combine(scenario.WorkDirectory, "missing-users.txt")]);
        var typedByB1 = scenario.Dataset.Sessions().Where(s => s.UserType is null).ToList();

        // The 0.10 session-changed Lambda re-indexes each session B1 changed: a partial update with user_type alone.
        await engine.UpdateAsync(scenario.Index, typedByB1.Select(s => (s.SessionId, new JsonObject { ["user_type"] = scenario.Dataset.ExpectedUserType(s) })));
        var gap = await scenario.RunAsync(scenario.Command("verify"));

        Shows.Exit(a1, 0);
        Shows.Exit(a2, 0);
        Shows.Exit(b1, 0);
        Shows.Text(b1, "Only DynamoDB was updated (PIKA_DOMAIN_ENDPOINT is not set)");
        Shows.Exit(gap, 1);
        Shows.Text(gap, $"✗ user_type_keyword equals user_type: {typedByB1.Count} of 400 documents with user_type lack user_type_keyword, 0 hold another value");
        Shows.Text(gap, $"Fix: {typedByB1.Count} documents have user_type but no user_type_keyword: they got user_type after the copy ran (the guide's order A1, A2, B1 leaves this gap). Run `pika-migrate os copy-to-keyword-fields`.");
        Shows.Text(gap, "✓ chat-session items have user_type: 0 of 400 sessions lack user_type");
        Shows.Text(gap, "✓ OpenSearch user_type equals DynamoDB's");
        Shows.Text(gap, "✓ Additive-only: original content of DynamoDB table");
        Shows.Text(gap, "✓ Additive-only: original content of OpenSearch index");
        Shows.Text(gap, "✗ Not fully migrated to 0.11.0: 1 of 10 checks fail.");

        var mend = await scenario.RunAsync(scenario.Step("os", "copy-to-keyword-fields", "--yes"));
        var verify = await scenario.RunAsync(scenario.Command("verify"));

        Shows.Exit(mend, 0);
        Shows.Text(mend, $" - Updated: {typedByB1.Count}");
        Shows.Exit(verify, 0);
        Shows.Text(verify, "✅ Fully migrated to 0.11.0: all 10 checks hold.");
        await scenario.AssertMigratedAsync();
    }
}
