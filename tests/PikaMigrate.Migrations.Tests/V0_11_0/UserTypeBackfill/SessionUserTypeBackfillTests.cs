using PikaMigrate.Testing.DynamoDb;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.Core;
using PikaMigrate.Migrations.Tests.Support;
using PikaMigrate.Migrations.Tests.V0_11_0.UserTypeBackfill.Support;
using PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;
using PikaMigrate.Migrations.V0_11_0.UserTypeMirror;
using PikaMigrate.Testing;
using static PikaMigrate.Migrations.V0_11_0.UserTypeBackfill.BackfillFigures;

namespace PikaMigrate.Migrations.Tests.V0_11_0.UserTypeBackfill;

[Collection(DynamoDbLocalCollection.Name)]
public sealed class SessionUserTypeBackfillTests(DynamoDbLocalFixture dynamo)
{
    [Fact]
    public async Task Types_every_session_from_its_user_like_the_guide_and_changes_nothing_else()
    {
        var scenario = await BackfillScenario.SeedAsync(dynamo, "bf-guide");
        var digestBefore = await scenario.OriginalDigestAsync();
        var traffic = new DynamoDbTraffic();
        using var client = scenario.Client(traffic);
        var store = scenario.NewCheckpointStore();
        var reporter = new RecordingReporter();

        var outcome = await new SessionUserTypeBackfill(client, scenario.Options()).ApplyAsync(BackfillScenario.Context(store, reporter), default);

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Failures));
        Assert.Equal([Scanned, Updated, Skipped, Errors, UserCacheLookups, UserDbLookups], outcome.Figures.Take(6).Select(f => f.Name));
        Assert.Equal(400, outcome.Figure(Scanned));
        Assert.Equal(370, outcome.Figure(Updated));
        Assert.Equal(30, outcome.Figure(Skipped));
        Assert.Equal(0, outcome.Figure(Errors));
        Assert.Equal(370, outcome.Figure(UserCacheLookups));
        Assert.Equal(40, outcome.Figure(UserDbLookups));
        Assert.Equal(4, outcome.Figure(UsersMissing));
        Assert.Equal(0, outcome.Figure(ChangedMeanwhile) + outcome.Figure(DeletedMeanwhile));
        Assert.Equal(scenario.ExpectedUserTypes(), (await scenario.UserTypesAsync()).ToDictionary(kv => kv.Key, kv => kv.Value!));
        Assert.Equal(digestBefore, await scenario.OriginalDigestAsync());
        Assert.Equal(scenario.MissingUserIds(), File.ReadAllLines(scenario.MissingUsersFile));
        Assert.Null(await store.ReadAsync("run", default));
        Assert.Equal("Progress: 400 scanned, 370 updated, 30 skipped", reporter.Reports.Last().Text);

        // Each distinct user read exactly once, in calls of at most 100 keys, projected to two attributes.
        var lookups = traffic.Calls.Where(c => c.Operation == "BatchGetItem").Select(c => c.Body["RequestItems"]![scenario.UserTable]!).ToList();
        var keys = lookups.SelectMany(l => l!["Keys"]!.AsArray().Select(k => (string)k!["user_id"]!["S"]!)).ToList();
        Assert.Equal(40, keys.Count);
        Assert.Equal(40, keys.Distinct().Count());
        Assert.All(lookups, l => Assert.Equal("#id, #type", (string)l!["ProjectionExpression"]!));

        // Conditional writes only, at most 25 a call, one per untyped session.
        var statements = traffic.Calls.Where(c => c.Operation == "BatchExecuteStatement").Select(c => c.Body["Statements"]!.AsArray()).ToList();
        Assert.All(statements, s => Assert.InRange(s.Count, 1, ConditionalUserTypeWriter.MaxStatementsPerCall));
        Assert.Equal(370, statements.Sum(s => s.Count));
        Assert.All(statements.SelectMany(s => s), s => Assert.EndsWith("AND user_type IS MISSING", (string)s!["Statement"]!, StringComparison.Ordinal));
        Assert.DoesNotContain(traffic.Calls, c => c.Operation is "UpdateItem" or "PutItem" or "BatchWriteItem");

        var details = Assert.IsType<BackfillDetails>(outcome.Details);
        Assert.Equal(traffic.Calls.Count(c => c.Operation is "Scan" or "BatchGetItem" or "BatchExecuteStatement"), details.Requests.Total);
    }

    [Fact]
    public async Task The_plan_counts_what_would_change_and_writes_nothing()
    {
        var scenario = await BackfillScenario.SeedAsync(dynamo, "bf-plan");
        var before = await scenario.SnapshotAsync();
        var traffic = new DynamoDbTraffic();
        using var client = scenario.Client(traffic);
        var store = scenario.NewCheckpointStore();

        var plan = await new SessionUserTypeBackfill(client, scenario.Options()).PlanAsync(BackfillScenario.Context(store), default);

        Assert.True(plan.IsRunnable);
        Assert.True(plan.HasWork);
        Assert.Equal(400, plan.Figure(Scanned));
        Assert.Equal(370, plan.Figure(WouldUpdate));
        Assert.Equal(30, plan.Figure(Skipped));
        Assert.Equal(40, plan.Figure(UserDbLookups));
        Assert.Equal(4, plan.Figure(UsersMissing));
        Assert.Equal(before, await scenario.SnapshotAsync());
        Assert.DoesNotContain(traffic.Calls, c => c.Operation is "BatchExecuteStatement" or "UpdateItem" or "PutItem");
        Assert.False(File.Exists(scenario.MissingUsersFile));
        Assert.False(File.Exists(scenario.LedgerPath()));
    }

    [Fact]
    public async Task Sessions_already_typed_keep_their_value_and_a_later_run_types_sessions_added_since()
    {
        var scenario = await BackfillScenario.SeedAsync(dynamo, "bf-again");
        var legacy = scenario.Dataset.Sessions().Skip(100).Take(2).ToList();
        foreach (var session in legacy)
        {
            await SetUserTypeAsync(scenario, session.UserId, session.SessionId, "legacy-value");
        }

        using var client = dynamo.CreateClient(scenario.Project);
        var store = scenario.NewCheckpointStore();
        var step = new SessionUserTypeBackfill(client, scenario.Options());

        var first = await step.ApplyAsync(BackfillScenario.Context(store), default);
        var again = await step.ApplyAsync(BackfillScenario.Context(store), default);
        await scenario.Admin.PutItemAsync(scenario.SessionTable, new Dictionary<string, AttributeValue>
        {
            ["user_id"] = new() { S = "user-0000" },
            ["session_id"] = new() { S = "added-after-the-first-run" },
            ["title"] = new() { S = "new" },
        });
        var third = await step.ApplyAsync(BackfillScenario.Context(store), default);

        Assert.Equal(368, first.Figure(Updated));
        Assert.Equal(32, first.Figure(Skipped));
        Assert.Equal(0, again.Figure(Updated));
        Assert.Equal(400, again.Figure(Skipped));
        Assert.Equal(1, third.Figure(Updated));
        var types = await scenario.UserTypesAsync();
        Assert.All(legacy, s => Assert.Equal("legacy-value", types[s.SessionId]));
        Assert.Equal("internal-user", types["added-after-the-first-run"]);
    }

    [Fact]
    public async Task Missing_tables_or_foreign_key_schemas_stop_before_anything_is_written()
    {
        var scenario = await BackfillScenario.SeedAsync(dynamo, "bf-preflight");
        using var client = dynamo.CreateClient(scenario.Project);
        var store = scenario.NewCheckpointStore();
        var before = await scenario.SnapshotAsync();
        BackfillOptions[] broken =
        [
            scenario.Options() with { SessionTable = "no-such-session-table" },
            scenario.Options() with { UserTable = "no-such-user-table" },
            scenario.Options() with { SessionTable = scenario.UserTable },
        ];

        foreach (var options in broken)
        {
            var step = new SessionUserTypeBackfill(client, options);
            var error = await Assert.ThrowsAsync<PreflightException>(() => step.ApplyAsync(BackfillScenario.Context(store), default));
            var plan = await step.PlanAsync(BackfillScenario.Context(store), default);

            Assert.Contains(options.SessionTable == scenario.SessionTable ? options.UserTable : options.SessionTable, error.Problem, StringComparison.Ordinal);
            Assert.False(plan.IsRunnable);
            Assert.Equal(error.Problem, Assert.Single(plan.Blockers).Problem);
        }

        Assert.False(File.Exists(scenario.LedgerPath()));
        Assert.False(File.Exists(scenario.MissingUsersFile));
        Assert.Equal(before, await scenario.SnapshotAsync());
    }

    [Fact]
    public async Task An_unwritable_missing_users_file_stops_before_anything_is_written()
    {
        var scenario = await BackfillScenario.SeedAsync(dynamo, "bf-badfile");
        using var client = dynamo.CreateClient(scenario.Project);
        var blocker = Path.Combine(scenario.WorkDirectory, "a-file");
        await File.WriteAllTextAsync(blocker, "not a folder");
        var step = new SessionUserTypeBackfill(client, scenario.Options() with { MissingUsersFile = Path.Combine(blocker, "missing.txt") });
        var before = await scenario.SnapshotAsync();

        var error = await Assert.ThrowsAsync<PreflightException>(() => step.ApplyAsync(BackfillScenario.Context(scenario.NewCheckpointStore()), default));

        Assert.Contains("missing-users file", error.Problem, StringComparison.Ordinal);
        Assert.Equal(before, await scenario.SnapshotAsync());
    }

    [Fact]
    public async Task Verify_counts_untyped_sessions_and_compares_the_index()
    {
        var scenario = await BackfillScenario.SeedAsync(dynamo, "bf-verify");
        using var client = dynamo.CreateClient(scenario.Project);
        var expected = scenario.ExpectedUserTypes();
        var index = new DictionaryIndexReader(expected.ToDictionary(kv => kv.Key, kv => new IndexedUserType(kv.Value, kv.Value)));
        index.Documents[expected.Keys.First()] = new IndexedUserType("internal-user-but-wrong", null);
        var step = new SessionUserTypeBackfill(client, scenario.Options(), indexReader: index);

        var before = await step.VerifyAsync(BackfillScenario.Context(scenario.NewCheckpointStore()), default);
        await step.ApplyAsync(BackfillScenario.Context(scenario.NewCheckpointStore()), default);
        var after = await step.VerifyAsync(BackfillScenario.Context(scenario.NewCheckpointStore()), default);

        Assert.False(before[0].Passed);
        Assert.StartsWith("370 of 400", before[0].Summary, StringComparison.Ordinal);
        Assert.Contains("backfill-session-metadata", before[0].Fix, StringComparison.Ordinal);
        Assert.True(after[0].Passed);
        Assert.False(after[1].Passed);
        Assert.Equal([expected.Keys.First()], after[1].Examples);
    }

    [Fact]
    public async Task The_index_writer_receives_exactly_the_sessions_written()
    {
        var scenario = await BackfillScenario.SeedAsync(dynamo, "bf-mirror");
        using var client = dynamo.CreateClient(scenario.Project);
        var index = new RecordingIndexWriter();

        var outcome = await new SessionUserTypeBackfill(client, scenario.Options(), index).ApplyAsync(BackfillScenario.Context(scenario.NewCheckpointStore()), default);

        var untyped = scenario.Dataset.Sessions().Where(s => s.UserType is null).Select(s => s.SessionId).ToHashSet();
        var mirrored = index.Mirrored();
        Assert.Equal(untyped.Order(), mirrored.Keys.Order());
        Assert.All(mirrored, kv => Assert.Equal(scenario.ExpectedUserTypes()[kv.Key], kv.Value));
        Assert.Equal(370, outcome.Figure(IndexUpdated));
    }

    internal static Task SetUserTypeAsync(BackfillScenario scenario, string userId, string sessionId, string userType) =>
        scenario.Admin.UpdateItemAsync(new UpdateItemRequest
        {
            TableName = scenario.SessionTable,
            Key = new Dictionary<string, AttributeValue> { ["user_id"] = new() { S = userId }, ["session_id"] = new() { S = sessionId } },
            UpdateExpression = "SET user_type = :t",
            ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":t"] = new() { S = userType } },
        });

    private sealed class DictionaryIndexReader(Dictionary<string, IndexedUserType> documents) : ISessionIndexReader
    {
        public Dictionary<string, IndexedUserType> Documents { get; } = documents;

        public Task<IReadOnlyDictionary<string, IndexedUserType>> ReadUserTypesAsync(IReadOnlyList<string> sessionIds, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<string, IndexedUserType>>(sessionIds.Where(Documents.ContainsKey).ToDictionary(id => id, id => Documents[id]));
    }
}
