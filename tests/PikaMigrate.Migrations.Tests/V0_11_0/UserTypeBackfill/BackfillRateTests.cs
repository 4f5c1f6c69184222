using System.Text.Json.Nodes;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.DynamoDb.Throughput;
using PikaMigrate.Migrations.Tests.Support;
using PikaMigrate.Migrations.Tests.V0_11_0.UserTypeBackfill.Support;
using PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;
using PikaMigrate.Sandbox.Dataset;
using PikaMigrate.Testing;
using PikaMigrate.Testing.Data;
using PikaMigrate.Testing.DynamoDb;
using static PikaMigrate.Migrations.V0_11_0.UserTypeBackfill.BackfillFigures;

namespace PikaMigrate.Migrations.Tests.V0_11_0.UserTypeBackfill;

/// <summary>
/// B1's write rate on DynamoDB Local, through the traffic handler on the real HTTP path: the ceiling holds over
/// thousands of writes (by the run's own clock, not a timed assertion), and a burst of throttling cuts the rate, which
/// then climbs back, with every session labelled right.
/// </summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class BackfillRateTests(DynamoDbLocalFixture dynamo)
{
    [Fact]
    public async Task A_provisioned_table_is_written_at_half_its_write_capacity_within_ten_percent()
    {
        var scenario = await BackfillScenario.SeedAsync(dynamo, "bf-rate", GuideShape.Small with { Sessions = 3_100, Users = 100, PreTyped = 100 });
        await scenario.Admin.UpdateTableAsync(new UpdateTableRequest
        {
            TableName = scenario.SessionTable,
            BillingMode = BillingMode.PROVISIONED,
            ProvisionedThroughput = new ProvisionedThroughput { ReadCapacityUnits = 1000, WriteCapacityUnits = 500 },
        });
        using var client = scenario.Client(new DynamoDbTraffic());
        var step = new SessionUserTypeBackfill(client, scenario.Options(segments: 4, pageSize: 250));

        var plan = await step.PlanAsync(BackfillScenario.Context(scenario.NewCheckpointStore("plan.json")), default);
        var outcome = await step.ApplyAsync(BackfillScenario.Context(scenario.NewCheckpointStore()), default);

        var rate = ((BackfillDetails)outcome.Details!).WriteRate;
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Failures));
        Assert.Equal((250, WriteRateSource.ProvisionedCapacity, 500L), (rate.Ceiling.ItemsPerSecond, rate.Ceiling.Source, rate.Ceiling.CapacityUnits));
        Assert.Equal(250, plan.Figure(RateCeiling));
        Assert.Equal(12, plan.Figure(EstimatedSeconds));
        Assert.Contains(plan.Notes, n => n.StartsWith("Write rate ceiling: 250 items/s: 50% of the 500 write capacity units provisioned", StringComparison.Ordinal));
        Assert.Equal(3_000, rate.ItemsAcknowledged);
        Assert.InRange(rate.AchievedItemsPerSecond!.Value, 225, 275);
        Assert.InRange(outcome.Figure(RateAchieved), 225, 275);
        Assert.Equal(0, rate.Decreases);
        Assert.Equal(scenario.ExpectedUserTypes(), (await scenario.UserTypesAsync()).ToDictionary(kv => kv.Key, kv => kv.Value!));
    }

    [Fact]
    public async Task A_burst_of_throttling_cuts_the_rate_which_climbs_back_to_the_ceiling_and_every_session_is_labelled_right()
    {
        var scenario = await BackfillScenario.SeedAsync(dynamo, "bf-burst", GuideShape.Small with { Sessions = 1_500, Users = 60, PreTyped = 100 });
        int calls = 0, throttledStatements = 0, consumed = 0;
        var traffic = new DynamoDbTraffic
        {
            Intercept = async (call, forward) =>
            {
                if (call.Operation != "BatchExecuteStatement")
                {
                    return null;
                }

                var statements = call.Body["Statements"]!.AsArray().Count;
                switch (Interlocked.Increment(ref calls))
                {
                    case >= 6 and <= 14:
                        Interlocked.Add(ref throttledStatements, statements);
                        return DynamoDbTraffic.Json(await ThrottledStatements.AnswerAsync(call.Body, forward, keep: _ => false));
                    case 15:
                        Interlocked.Add(ref throttledStatements, statements);
                        return DynamoDbTraffic.Error("ThrottlingException", "Rate of requests exceeds the allowed throughput.");
                    default:
                        // As AWS answers ReturnConsumedCapacity=TOTAL (DynamoDB Local leaves it out): a unit per statement here.
                        var answer = await forward(call.Body);
                        answer["ConsumedCapacity"] = new JsonArray(new JsonObject { ["TableName"] = scenario.SessionTable, ["CapacityUnits"] = statements });
                        Interlocked.Add(ref consumed, statements);
                        return DynamoDbTraffic.Json(answer);
                }
            },
        };
        using var client = scenario.Client(traffic, sdkRetries: false);

        var outcome = await new SessionUserTypeBackfill(client, scenario.Options(segments: 3, pageSize: 100) with { MaxWriteRate = 400 })
            .ApplyAsync(BackfillScenario.Context(scenario.NewCheckpointStore()), default);

        var rate = ((BackfillDetails)outcome.Details!).WriteRate;
        var lastCut = rate.Trace.ToList().FindLastIndex(c => c.Reason == RateChangeReason.Throttled);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Failures));
        Assert.Equal(0, outcome.Figure(Errors));
        Assert.Equal(1_400, outcome.Figure(Updated));
        Assert.Equal(throttledStatements, rate.ThrottledItems);
        Assert.Equal(throttledStatements, outcome.Figure(WritesThrottled));
        Assert.Equal(consumed, outcome.Figure(WriteCapacity));
        Assert.True(rate.Decreases >= 1 && rate.LowestItemsPerSecond <= 200, $"cuts {rate.Decreases}, lowest {rate.LowestItemsPerSecond}");
        Assert.Equal(rate.Decreases, outcome.Figure(RateCuts));
        Assert.Equal(400, rate.Trace[0].ItemsPerSecond);
        Assert.True(lastCut > 0, "the rate was never cut");
        Assert.Contains(rate.Trace.Skip(lastCut), c => c.Reason == RateChangeReason.Calm && c.ItemsPerSecond == 400);
        Assert.All(rate.Trace, c => Assert.True(c.ItemsPerSecond <= 400));
        Assert.Equal(scenario.ExpectedUserTypes(), (await scenario.UserTypesAsync()).ToDictionary(kv => kv.Key, kv => kv.Value!));
    }
}
