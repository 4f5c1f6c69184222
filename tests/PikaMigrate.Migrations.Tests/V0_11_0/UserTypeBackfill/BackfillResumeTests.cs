using PikaMigrate.Testing.DynamoDb;
using System.Text.Json.Nodes;
using PikaMigrate.Core.Checkpoints;
using PikaMigrate.Migrations.Tests.Support;
using PikaMigrate.Migrations.Tests.V0_11_0.UserTypeBackfill.Support;
using PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;
using PikaMigrate.Testing;
using PikaMigrate.Testing.Data;
using static PikaMigrate.Migrations.V0_11_0.UserTypeBackfill.BackfillFigures;

namespace PikaMigrate.Migrations.Tests.V0_11_0.UserTypeBackfill;

/// <summary>A run killed at any request and started again ends exactly where an uninterrupted run does.</summary>
[Collection(DynamoDbLocalCollection.Name)]
public sealed class BackfillResumeTests(DynamoDbLocalFixture dynamo)
{
    [Theory]
    [InlineData(3, 20)]
    [InlineData(1, null)]
    public async Task A_run_killed_at_any_request_and_resumed_ends_with_the_uninterrupted_state(int segments, int? pageSize)
    {
        // With DynamoDB's 1 MB pages a segment's first page is small, so a resumed run's pages do not end where the killed run's did.
        var scenario = await BackfillScenario.SeedAsync(dynamo, $"bf-kill-{segments}-{pageSize}", GuideShape.Small with { Sessions = 240, Users = 24, PreTyped = 18 });
        var sessions = scenario.Dataset.Options.Sessions;
        var uninterrupted = new DynamoDbTraffic();
        using (var client = scenario.Client(uninterrupted))
        {
            await new SessionUserTypeBackfill(client, scenario.Options(segments, pageSize)).ApplyAsync(BackfillScenario.Context(scenario.NewCheckpointStore("reference.json")), default);
        }

        var reference = await scenario.SnapshotAsync();
        var requests = uninterrupted.Calls.Count;
        var untyped = scenario.Dataset.Sessions().Where(s => s.UserType is null).Select(s => s.SessionId).Order().ToList();

        // Kill points spread over the whole run (describes, scans, lookups, writes, the last write).
        foreach (var killAt in Enumerable.Range(0, 12).Select(i => 1 + (i * (requests - 1) / 11)).Distinct())
        {
            await scenario.ReseedAsync();
            var store = scenario.NewCheckpointStore($"kill-{killAt}.json");
            var kill = new KillSwitch(killAt);
            var killedTraffic = new DynamoDbTraffic();
            kill.Attach(killedTraffic);
            var killedIndex = new RecordingIndexWriter();
            using (var client = scenario.Client(killedTraffic))
            {
                var error = await Record.ExceptionAsync(() =>
                    new SessionUserTypeBackfill(client, scenario.Options(segments, pageSize), killedIndex).ApplyAsync(BackfillScenario.Context(kill.Guard(store)), default));
                Assert.True(error is not null && Unwrap(error) is SimulatedKillException, $"kill at {killAt}: {error}");
            }

            var doneAtKill = await DoneSegmentsAsync(store);
            var resumedTraffic = new DynamoDbTraffic();
            var resumedIndex = new RecordingIndexWriter();
            using (var client = scenario.Client(resumedTraffic))
            {
                var outcome = await new SessionUserTypeBackfill(client, scenario.Options(segments, pageSize), resumedIndex).ApplyAsync(BackfillScenario.Context(store), default);

                Assert.True(outcome.Succeeded, $"kill at {killAt}: {string.Join("\n", outcome.Failures)}");
                Assert.Equal(sessions, outcome.Figure(Scanned));

                // Writes the killed run had in flight may land after it died: the resumed run finds them typed meanwhile.
                Assert.Equal(sessions, outcome.Figure(Updated) + outcome.Figure(Skipped) + outcome.Figure(ChangedMeanwhile));
                Assert.Equal(scenario.MissingUserIds().Count, outcome.Figure(UsersMissing));
            }

            Assert.Equal(reference, await scenario.SnapshotAsync());
            Assert.Equal(scenario.MissingUserIds(), File.ReadAllLines(scenario.MissingUsersFile));
            Assert.Null(await store.ReadAsync("run", default));
            var rescanned = resumedTraffic.Calls.Where(c => c.Operation == "Scan").Select(c => (int)c.Body["Segment"]!).ToHashSet();
            Assert.Empty(rescanned.Intersect(doneAtKill));

            // Every session typed by either run reached the index, with its final user_type.
            var mirrored = killedIndex.Mirrored();
            foreach (var (session, type) in resumedIndex.Mirrored())
            {
                mirrored[session] = type;
            }

            var expected = scenario.ExpectedUserTypes();
            Assert.Empty(untyped.Except(mirrored.Keys));
            Assert.All(mirrored, kv => Assert.Equal(expected[kv.Key], kv.Value));
        }
    }

    [Fact]
    public async Task A_table_created_again_never_inherits_the_old_checkpoint()
    {
        var scenario = await BackfillScenario.SeedAsync(dynamo, "bf-recreate");
        var store = scenario.NewCheckpointStore();
        var kill = new KillSwitch(atRequest: 20);
        var traffic = new DynamoDbTraffic();
        kill.Attach(traffic);
        using (var client = scenario.Client(traffic))
        {
            await Assert.ThrowsAnyAsync<Exception>(() => new SessionUserTypeBackfill(client, scenario.Options()).ApplyAsync(BackfillScenario.Context(kill.Guard(store)), default));
        }

        Assert.NotNull(await store.ReadAsync("run", default));
        Assert.NotNull(await store.ReadAsync("segment-0", default) ?? await store.ReadAsync("segment-1", default) ?? await store.ReadAsync("segment-2", default));
        await scenario.ReseedAsync();

        using var healthy = dynamo.CreateClient(scenario.Project);
        var outcome = await new SessionUserTypeBackfill(healthy, scenario.Options()).ApplyAsync(BackfillScenario.Context(store), default);

        Assert.False(Assert.IsType<BackfillDetails>(outcome.Details).Resumed);
        Assert.Equal(400, outcome.Figure(Scanned));
        // A write the killed run had in flight (its client gave up, DynamoDB Local had not) may land on the new table:
        // this run then finds that session typed, like any write of the application. Every session is accounted for.
        Assert.Equal(400, outcome.Figure(Updated) + outcome.Figure(Skipped) + outcome.Figure(ChangedMeanwhile));
        Assert.Equal(scenario.ExpectedUserTypes(), (await scenario.UserTypesAsync()).ToDictionary(kv => kv.Key, kv => kv.Value!));
    }

    private static Exception Unwrap(Exception error)
    {
        while (error is not SimulatedKillException && error.InnerException is { } inner)
        {
            error = inner;
        }

        return error;
    }

    private static async Task<HashSet<int>> DoneSegmentsAsync(ICheckpointStore store)
    {
        var done = new HashSet<int>();
        for (var segment = 0; segment < 3; segment++)
        {
            if (await store.ReadAsync($"segment-{segment}", default) is { } text && (bool)JsonNode.Parse(text)!["Done"]!)
            {
                done.Add(segment);
            }
        }

        return done;
    }
}
