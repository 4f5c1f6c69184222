using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Testing;

namespace PikaMigrate.Cli.Tests.Migration;

/// <summary>
/// The guide promises additive-only changes and verify proves it with digests recorded before the first write: an
/// original field changed afterwards, in either store, fails that store's check and only that one.
/// </summary>
[Collection(MigrationCollection.Name)]
public sealed class AdditiveOnlyTests(DynamoDbLocalFixture dynamo, OpenSearchEngineFixture engine)
{
    [Fact]
    public async Task An_original_field_changed_after_the_migration_fails_that_stores_additive_only_check()
    {
        using var scenario = await MigrationScenario.SeedAsync(dynamo, engine, "mig-additive");
        Shows.Exit(await scenario.RunAsync(scenario.Command("migrate", "--yes")), 0);
        var session = scenario.Dataset.Sessions().ElementAt(7);
        var dynamoDbCheck = $"Additive-only: original content of DynamoDB table {scenario.SessionTable} unchanged";
        var openSearchCheck = $"Additive-only: original content of OpenSearch index {scenario.Index} unchanged";

        await SetTitleInDynamoDbAsync(scenario, session.UserId, session.SessionId, "Edited after the migration");
        var dynamoDbTampered = await scenario.RunAsync(scenario.Command("verify", "--json"));
        await SetTitleInDynamoDbAsync(scenario, session.UserId, session.SessionId, session.Title);
        var restored = await scenario.RunAsync(scenario.Command("verify"));
        await engine.UpdateAsync(scenario.Index, [(session.SessionId, new JsonObject { ["title"] = "Edited after the migration" })]);
        var openSearchTampered = await scenario.RunAsync(scenario.Command("verify"));

        Shows.Exit(dynamoDbTampered, 1);
        Assert.Equal([dynamoDbCheck], FailedChecks(dynamoDbTampered));
        Shows.Text(dynamoDbTampered, "the same 400 records, but some original field differs from what it was", onStandardError: true);
        Shows.Exit(restored, 0);
        Shows.Exit(openSearchTampered, 1);
        Shows.Text(openSearchTampered, $"✗ {openSearchCheck}: digest differs from the one recorded");
        Shows.Text(openSearchTampered, $"✓ {dynamoDbCheck}");
        Shows.Text(openSearchTampered, "✗ Not fully migrated to 0.11.0: 1 of 10 checks fail.");
    }

    private static Task SetTitleInDynamoDbAsync(MigrationScenario scenario, string userId, string sessionId, string title) =>
        scenario.Admin.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = scenario.SessionTable,
            Key = new Dictionary<string, AttributeValue> { ["user_id"] = new(userId), ["session_id"] = new(sessionId) },
            UpdateExpression = "SET title = :title",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":title"] = new(title) },
        });

    private static List<string> FailedChecks(CliResult verify)
    {
        using var json = JsonDocument.Parse(verify.StandardOutput);
        return [.. json.RootElement.GetProperty("checks").EnumerateArray().Where(c => !c.GetProperty("passed").GetBoolean()).Select(c => c.GetProperty("name").GetString()!)];
    }
}
