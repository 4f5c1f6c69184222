using System.Text;
using System.Text.Json.Nodes;
using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Testing;
using PikaMigrate.Testing.DynamoDb;

namespace PikaMigrate.Cli.Tests.Migration;

/// <summary>
/// Documents that disagree with DynamoDB on user_type after a complete migration (the stream's Lambda failed or lagged,
/// someone re-indexed from an old snapshot): verify names them, and the next migrate runs B1 again, which mirrors every
/// typed session's user_type, not only the ones it types, so the run ends with every check holding.
/// </summary>
[Collection(MigrationCollection.Name)]
public sealed class IndexDisagreementTests(DynamoDbLocalFixture dynamo, OpenSearchEngineFixture engine)
{
    private const int Disagreeing = 7;

    [Fact]
    public async Task Documents_that_disagree_with_DynamoDB_are_mended_by_the_next_migrate()
    {
        using var scenario = await MigrationScenario.SeedAsync(dynamo, engine, "mig-disagree");
        Shows.Exit(await scenario.RunAsync(scenario.Command("migrate", "--yes")), 0);
        var items = await scenario.SessionItemsAsync();
        var wrong = items.Where(i => i.Value["user_type"] is not null).Select(i => i.Key).Order(StringComparer.Ordinal).Take(Disagreeing).ToList();
        var bulk = new StringBuilder();
        foreach (var id in wrong)
        {
            var other = (string)items[id]["user_type"]! == "internal-user" ? "external-user" : "internal-user";
            bulk.Append(new JsonObject { ["update"] = new JsonObject { ["_index"] = scenario.Index, ["_id"] = id } }.ToJsonString()).Append('\n');
            bulk.Append(new JsonObject { ["doc"] = new JsonObject { ["user_type"] = other, ["user_type_keyword"] = other } }.ToJsonString()).Append('\n');
        }

        await engine.BulkAsync(bulk.ToString());

        var verify = await scenario.RunAsync(scenario.Command("verify"));
        var migrate = await scenario.RunAsync(scenario.Command("migrate", "--yes"));

        Shows.Exit(verify, 1);
        Shows.Text(verify, $"✗ OpenSearch user_type equals DynamoDB's: {Disagreeing} of");
        Shows.Exit(migrate, 0);
        Shows.InOrder(
            migrate,
            "↻ B1 backfill-session-metadata: recorded as done",
            "its check fails now: OpenSearch user_type equals DynamoDB's",
            "every typed session's user_type is mirrored too",
            "✅ Fully migrated to 0.11.0: all 10 checks hold.");
        // B1 mirrors without a refresh, as the stream's Lambda indexes; the search that reads the documents back needs one.
        await engine.SendAsync(HttpMethod.Post, $"{scenario.Index}/_refresh");
        var documents = await scenario.DocumentsAsync();
        Assert.All(wrong, id =>
        {
            Assert.Equal((string?)items[id]["user_type"], (string?)documents[id]["user_type"]);
            Assert.Equal((string?)items[id]["user_type"], (string?)documents[id]["user_type_keyword"]);
        });
        Assert.Equal(items.Keys.Order(StringComparer.Ordinal), (await scenario.SessionItemsAsync()).Keys.Order(StringComparer.Ordinal));
    }
}
