using System.Text.Json;
using Amazon.DynamoDBv2;
using PikaMigrate.Core.Checkpoints;
using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Ledger.JsonFile;
using PikaMigrate.Core.Running;
using PikaMigrate.DynamoDb;
using PikaMigrate.Migrations.Tests.Support;
using PikaMigrate.Migrations.Tests.V0_11_0.UserTypeBackfill.Support;
using PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;
using PikaMigrate.Migrations.V0_11_0.Verification;
using PikaMigrate.Testing;
using PikaMigrate.Testing.DynamoDb;
using PikaMigrate.Testing.Running;

namespace PikaMigrate.Migrations.Tests.V0_11_0.UserTypeBackfill;

/// <summary>
/// B1 takes the chat-session table's additive-only baseline as it scans, each page before its writes: the runner
/// records the digest a whole read of the table before the first write would have given, without that read, whether
/// the run is killed part-way or not.
/// </summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class BackfillBaselineTests(DynamoDbLocalFixture dynamo)
{
    private const string Version = "0.11.0";
    private const int Segments = 3;

    [Fact]
    public async Task The_baseline_is_the_digest_of_the_table_before_the_first_write_and_no_whole_read_precedes_the_writes()
    {
        var scenario = await BackfillScenario.SeedAsync(dynamo, "bf-baseline");
        var before = await scenario.OriginalDigestAsync();
        var ledger = FileLedger.Open(scenario.LedgerPath(), TimeProvider.System);
        var traffic = new DynamoDbTraffic();

        using (var client = scenario.Client(traffic))
        {
            var result = await RunAsync(ledger, client, scenario);
            Assert.True(result.Succeeded, result.Outcome?.Summary);
        }

        var recorded = await RecordedAsync(ledger, scenario);
        Assert.Equal(before, recorded.Digest.Digest);
        Assert.Equal(0, recorded.Digest.CreatedSince);
        Assert.All(traffic.Calls.Where(c => c.Operation == "Scan"), c => Assert.Equal(Segments, (int)c.Body["TotalSegments"]!));
        Assert.Equal(before, await scenario.OriginalDigestAsync());
    }

    [Theory]
    [InlineData(4)]
    [InlineData(2)]
    [InlineData(1.3)]
    public async Task A_run_killed_part_way_and_run_again_records_the_same_baseline_without_a_whole_read(double killAtShare)
    {
        var scenario = await BackfillScenario.SeedAsync(dynamo, $"bf-baseline-kill-{killAtShare}".Replace('.', '-'));
        var before = await scenario.OriginalDigestAsync();
        var reference = new DynamoDbTraffic();
        using (var client = scenario.Client(reference))
        {
            await RunAsync(FileLedger.Open(scenario.LedgerPath("reference.json"), TimeProvider.System), client, scenario);
        }

        await scenario.ReseedAsync();
        var ledger = FileLedger.Open(scenario.LedgerPath(), TimeProvider.System);
        var kill = new KillSwitch((int)(reference.Calls.Count / killAtShare));
        var killed = new DynamoDbTraffic();
        kill.Attach(killed);
        using (var client = scenario.Client(killed))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => RunAsync(ledger with { Checkpoints = kill.Guard(ledger.Checkpoints) }, client, scenario));
        }

        Assert.Null(await ledger.Checkpoints.ReadAsync(BaselineKey(scenario), default));
        var resumed = await ResumeAsync(ledger, scenario);

        Assert.Equal(before, (await RecordedAsync(ledger, scenario)).Digest.Digest);
        Assert.All(killed.Calls.Concat(resumed.Calls).Where(c => c.Operation == "Scan"), c => Assert.Equal(Segments, (int)c.Body["TotalSegments"]!));
        Assert.Equal(scenario.ExpectedUserTypes(), (await scenario.UserTypesAsync()).ToDictionary(kv => kv.Key, kv => kv.Value!));
    }

    [Fact]
    public async Task An_interrupted_run_that_did_not_take_the_baseline_has_it_recorded_by_a_whole_read_before_it_resumes()
    {
        var scenario = await BackfillScenario.SeedAsync(dynamo, "bf-baseline-untaken");
        var before = await scenario.OriginalDigestAsync();
        var ledger = FileLedger.Open(scenario.LedgerPath(), TimeProvider.System);
        var kill = new KillSwitch(atRequest: 20);
        var killed = new DynamoDbTraffic();
        kill.Attach(killed);
        using (var client = scenario.Client(killed))
        {
            // The step run without the runner: nothing handed over, so its checkpoints hold no share of a baseline.
            var checkpoints = new ScopedCheckpointStore(ledger.Checkpoints, Version, "B1");
            await Assert.ThrowsAnyAsync<Exception>(() => new SessionUserTypeBackfill(client, scenario.Options(Segments)).ApplyAsync(BackfillScenario.Context(kill.Guard(checkpoints)), default));
        }

        var resumed = await ResumeAsync(ledger, scenario);

        Assert.Equal(before, (await RecordedAsync(ledger, scenario)).Digest.Digest);
        Assert.Contains(resumed.Calls, c => c.Operation == "Scan" && (int)c.Body["TotalSegments"]! != Segments);
    }

    private static Task<StepRunResult> RunAsync(LedgerConnection ledger, IAmazonDynamoDB client, BackfillScenario scenario) =>
        new MigrationRunner(ledger, TimeProvider.System).RunStepAsync(
            Version,
            new SessionUserTypeBackfill(client, scenario.Options(Segments)),
            [new TableIdentityReader(client, scenario.SessionTable), new TableIdentityReader(client, scenario.UserTable)],
            [new SessionTableDigest(client, scenario.SessionTable)],
            "ddb backfill-session-metadata",
            new SilentObserver(),
            CancellationToken.None);

    /// <summary>Runs the step again on a healthy client: it resumes the interrupted run and succeeds.</summary>
    private static async Task<DynamoDbTraffic> ResumeAsync(LedgerConnection ledger, BackfillScenario scenario)
    {
        var traffic = new DynamoDbTraffic();
        using var client = scenario.Client(traffic);
        var result = await RunAsync(ledger, client, scenario);
        Assert.True(result.Succeeded, result.Outcome?.Summary);
        Assert.True(Assert.IsType<BackfillDetails>(result.Outcome!.Details).Resumed);
        return traffic;
    }

    private static string BaselineKey(BackfillScenario scenario) => $"{Version}/{BaselineRecord.LedgerScope}/{SessionTableDigest.NameOf(scenario.SessionTable)}";

    private static async Task<BaselineRecord> RecordedAsync(LedgerConnection ledger, BackfillScenario scenario) =>
        JsonSerializer.Deserialize<BaselineRecord>(await ledger.Checkpoints.ReadAsync(BaselineKey(scenario), default) ?? throw new Xunit.Sdk.XunitException("No baseline was recorded."))!;
}
