using PikaMigrate.Testing.DynamoDb;
using System.Text.Json.Nodes;
using PikaMigrate.Migrations.Tests.Support;
using PikaMigrate.Migrations.Tests.V0_11_0.UserTypeBackfill.Support;
using PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;
using PikaMigrate.Testing;
using static PikaMigrate.Migrations.V0_11_0.UserTypeBackfill.BackfillFigures;

namespace PikaMigrate.Migrations.Tests.V0_11_0.UserTypeBackfill;

/// <summary>Throttling and dropped connections on the real HTTP path: retried, and never turned into a default user_type.</summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class BackfillFaultTests(DynamoDbLocalFixture dynamo)
{
    [Fact]
    public async Task Throttling_unprocessed_keys_per_statement_errors_and_resets_are_retried_to_the_exact_result()
    {
        var scenario = await BackfillScenario.SeedAsync(dynamo, "bf-throttle");
        var traffic = new DynamoDbTraffic();
        int lookups = 0, writes = 0;
        traffic.Intercept = async (call, forward) =>
        {
            switch (call.Operation)
            {
                case "BatchGetItem":
                    var lookup = Interlocked.Increment(ref lookups);
                    if (lookup <= 2)
                    {
                        return DynamoDbTraffic.Throttled();
                    }

                    return lookup <= 6 ? DynamoDbTraffic.Json(await LeaveUnprocessedAsync(call.Body, scenario.UserTable, forward, keep: k => k % 2 == 0)) : null;
                case "BatchExecuteStatement":
                    var write = Interlocked.Increment(ref writes);
                    if (write == 1)
                    {
                        throw new HttpRequestException("Connection reset by peer", new IOException("reset"));
                    }

                    if (write <= 3)
                    {
                        return DynamoDbTraffic.Throttled();
                    }

                    return write % 3 == 0 ? DynamoDbTraffic.Json(await ThrottledStatements.AnswerAsync(call.Body, forward, keep: k => k % 2 == 0)) : null;
                default:
                    return null;
            }
        };
        using var client = scenario.Client(traffic);

        var outcome = await new SessionUserTypeBackfill(client, scenario.Options()).ApplyAsync(BackfillScenario.Context(scenario.NewCheckpointStore()), default);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Failures));
        Assert.True(lookups > 6 && writes > 6);
        Assert.Equal(370, outcome.Figure(Updated));
        Assert.Equal(40, outcome.Figure(UserDbLookups));
        Assert.Equal(scenario.ExpectedUserTypes(), (await scenario.UserTypesAsync()).ToDictionary(kv => kv.Key, kv => kv.Value!));
        Assert.Equal(scenario.MissingUserIds(), File.ReadAllLines(scenario.MissingUsersFile));
    }

    [Fact]
    public async Task A_user_that_cannot_be_read_leaves_its_sessions_untouched_as_errors_and_a_rerun_finishes_them()
    {
        var scenario = await BackfillScenario.SeedAsync(dynamo, "bf-lookupfail");
        const string Unreadable = "user-0005"; // internal-user: a default would show as external-user
        var traffic = new DynamoDbTraffic
        {
            Intercept = async (call, forward) => call.Operation == "BatchGetItem" && call.Body.ToJsonString().Contains(Unreadable, StringComparison.Ordinal)
                ? DynamoDbTraffic.Json(await LeaveUnprocessedAsync(call.Body, scenario.UserTable, forward, keep: _ => true, alwaysUnprocessed: Unreadable))
                : null,
        };
        using var client = scenario.Client(traffic);
        var store = scenario.NewCheckpointStore();
        var untypedOfUser = scenario.Dataset.Sessions().Where(s => s.UserId == Unreadable && s.UserType is null).Select(s => s.SessionId).ToList();

        var failed = await new SessionUserTypeBackfill(client, scenario.Options()).ApplyAsync(BackfillScenario.Context(store), default);
        var afterFailure = await scenario.UserTypesAsync();
        using var healthy = dynamo.CreateClient(scenario.Project);
        var rerun = await new SessionUserTypeBackfill(healthy, scenario.Options()).ApplyAsync(BackfillScenario.Context(store), default);

        Assert.False(failed.Succeeded);
        Assert.Equal(untypedOfUser.Count, failed.Figure(Errors));
        Assert.Equal(370 - untypedOfUser.Count, failed.Figure(Updated));
        Assert.Contains(failed.Failures, f => f.Contains(Unreadable, StringComparison.Ordinal) && f.Contains("throttled", StringComparison.Ordinal));
        Assert.All(untypedOfUser, id => Assert.Null(afterFailure[id]));
        Assert.True(rerun.Succeeded);
        Assert.Equal(untypedOfUser.Count, rerun.Figure(Updated));
        Assert.Equal(scenario.ExpectedUserTypes(), (await scenario.UserTypesAsync()).ToDictionary(kv => kv.Key, kv => kv.Value!));
    }

    /// <summary>Sends only the kept keys to DynamoDB and answers the rest as UnprocessedKeys, as a throttled table does.</summary>
    private static async Task<JsonObject> LeaveUnprocessedAsync(
        JsonObject body, string table, Func<JsonObject, Task<JsonObject>> forward, Func<int, bool> keep, string? alwaysUnprocessed = null)
    {
        var request = body["RequestItems"]![table]!.AsObject();
        var keys = request["Keys"]!.AsArray().Select(k => k!.DeepClone()).ToList();
        var sent = keys.Where((k, i) => keep(i) && (string)k["user_id"]!["S"]! != alwaysUnprocessed).ToList();
        var held = keys.Except(sent).ToList();
        var answer = new JsonObject { ["Responses"] = new JsonObject { [table] = new JsonArray() }, ["UnprocessedKeys"] = new JsonObject() };
        if (sent.Count > 0)
        {
            var partial = body.DeepClone().AsObject();
            partial["RequestItems"]![table]!["Keys"] = new JsonArray([.. sent]);
            answer = await forward(partial);
        }

        if (held.Count > 0)
        {
            var unprocessed = request.DeepClone().AsObject();
            unprocessed["Keys"] = new JsonArray([.. held]);
            answer["UnprocessedKeys"] = new JsonObject { [table] = unprocessed };
        }

        return answer;
    }
}
