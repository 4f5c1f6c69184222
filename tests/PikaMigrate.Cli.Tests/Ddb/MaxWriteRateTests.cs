using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Testing;

namespace PikaMigrate.Cli.Tests.Ddb;

/// <summary><c>--max-write-rate</c>: refused with exit 2 naming it when it is not a positive number, shown with its estimate in the plan.</summary>
[Collection(DdbCliCollection.Name)]
public sealed class MaxWriteRateTests(DynamoDbLocalFixture dynamo)
{
    [Theory]
    [InlineData("ddb", "0")]
    [InlineData("ddb", "-5")]
    [InlineData("migrate", "0")]
    [InlineData("migrate", "NaN")]
    [InlineData("ddb", "fast")]
    public async Task A_rate_that_is_not_a_positive_number_is_refused_naming_the_option_and_nothing_is_written(string command, string rate)
    {
        var scenario = await DdbCliScenario.SeedAsync(dynamo, $"rate-bad-{command}");
        string[] args = command == "ddb"
            ? scenario.Backfill("--yes", "--max-write-rate", rate)
            : ["migrate", "0.11.0", "--env-file", scenario.EnvFile, "--yes", "--max-write-rate", rate];

        var result = await CliHarness.RunAsync(args);

        Shows.Exit(result, 2);
        Shows.Error(result, $"--max-write-rate takes a number greater than 0; '{rate}' is not one.");
        Assert.Equal(30, (await scenario.UserTypesAsync()).Values.Count(v => v is not null));
        Assert.False(await scenario.TableExistsAsync(scenario.LedgerTable));
    }

    [Fact]
    public async Task The_plan_shows_the_ceiling_asked_for_and_the_time_the_writes_take_at_it()
    {
        var scenario = await DdbCliScenario.SeedAsync(dynamo, "rate-plan");

        var plan = await CliHarness.RunAsync(scenario.Backfill("--dry-run", "--max-write-rate", "50"));
        var onDemand = await CliHarness.RunAsync(scenario.Backfill("--dry-run"));

        Shows.Exit(plan, 0);
        Shows.InOrder(
            plan,
            "Would update: 370",
            "Write rate ceiling (items/s): 50",
            "Estimated write time (s): 8",
            "Write rate ceiling: 50 items/s, as requested. --max-write-rate N sets another.",
            "Estimated write time: 370 writes at 50 items/s, about 8 s (slower if DynamoDB throttles).");
        Shows.Text(onDemand, "Write rate ceiling: none: the table is on-demand, so DynamoDB's own limits apply (throttling slows the run down by itself). --max-write-rate N sets another.");
        Shows.Text(onDemand, "Estimated write time: none without a ceiling; the writes go as fast as the table accepts them.");
        Assert.Equal(30, (await scenario.UserTypesAsync()).Values.Count(v => v is not null));
    }
}
