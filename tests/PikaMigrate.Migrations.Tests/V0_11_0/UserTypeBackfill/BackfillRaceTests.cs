using PikaMigrate.Testing.DynamoDb;
using System.Text.Json.Nodes;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.Migrations.Tests.Support;
using PikaMigrate.Migrations.Tests.V0_11_0.UserTypeBackfill.Support;
using PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;
using PikaMigrate.Testing;
using static PikaMigrate.Migrations.V0_11_0.UserTypeBackfill.BackfillFigures;

namespace PikaMigrate.Migrations.Tests.V0_11_0.UserTypeBackfill;

/// <summary>The application keeps working during the backfill: its deletes and writes win, for real, in DynamoDB Local.</summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class BackfillRaceTests(DynamoDbLocalFixture dynamo)
{
    [Fact]
    public async Task A_session_deleted_and_one_typed_between_scan_and_write_stay_so()
    {
        var scenario = await BackfillScenario.SeedAsync(dynamo, "bf-race");
        var traffic = new DynamoDbTraffic();
        (string User, string Session)? deleted = null, typed = null;
        var raced = 0;
        traffic.Intercept = async (call, _) =>
        {
            if (call.Operation == "BatchExecuteStatement" && Interlocked.Exchange(ref raced, 1) == 0)
            {
                // Just before the first write goes out: the application deletes one session and types another.
                var statements = call.Body["Statements"]!.AsArray();
                deleted = KeyOf(statements[0]!);
                typed = KeyOf(statements[1]!);
                await scenario.Admin.DeleteItemAsync(scenario.SessionTable, Key(deleted.Value));
                await SessionUserTypeBackfillTests.SetUserTypeAsync(scenario, typed.Value.User, typed.Value.Session, "app-written");
            }

            return null;
        };
        using var client = scenario.Client(traffic);

        var outcome = await new SessionUserTypeBackfill(client, scenario.Options()).ApplyAsync(BackfillScenario.Context(scenario.NewCheckpointStore()), default);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Failures));
        Assert.Equal(1, outcome.Figure(DeletedMeanwhile));
        Assert.Equal(1, outcome.Figure(ChangedMeanwhile));
        Assert.Equal(368, outcome.Figure(Updated));
        Assert.Equal(0, outcome.Figure(Errors));
        var gone = await scenario.Admin.GetItemAsync(new GetItemRequest { TableName = scenario.SessionTable, Key = Key(deleted!.Value), ConsistentRead = true });
        Assert.True(gone.Item is null or { Count: 0 }, "the deleted session came back as a phantom item");
        var types = await scenario.UserTypesAsync();
        Assert.Equal(399, types.Count);
        Assert.Equal("app-written", types[typed!.Value.Session]);
        var expected = scenario.ExpectedUserTypes();
        Assert.All(types.Where(t => t.Key != typed.Value.Session), t => Assert.Equal(expected[t.Key], t.Value));
    }

    private static (string User, string Session) KeyOf(JsonNode statement)
    {
        var parameters = statement["Parameters"]!.AsArray();
        return ((string)parameters[1]!["S"]!, (string)parameters[2]!["S"]!);
    }

    private static Dictionary<string, AttributeValue> Key((string User, string Session) key) => new()
    {
        ["user_id"] = new() { S = key.User },
        ["session_id"] = new() { S = key.Session },
    };
}
