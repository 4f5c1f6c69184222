using PikaMigrate.Analytics.Tests.Fixtures;
using PikaMigrate.Sandbox.Dataset;

namespace PikaMigrate.Analytics.Tests;

/// <summary>
/// Before and part-way through the migration the answer never shows silent zeros: a twin missing from the mapping
/// stops the query and names the step and its command; documents the migration has not reached yet are counted
/// (figures worked out here from the dataset) with the sessions they leave out.
/// </summary>
[Collection(AnalyticsCollection.Name)]
public sealed class ReadinessTests(AnalyticsFixture fixture)
{
    private static readonly DatasetOptions Shape = AnalyticsIndex.Shape with { Sessions = 1_200, Users = 60, PreTyped = 60 };
    private static readonly DateOnly RangeStart = AnalyticsIndex.Today.AddDays(-30);

    private static SessionAnalyticsRequest Defaults => SessionAnalyticsRequest.Defaults(AnalyticsIndex.Today);

    [Fact]
    public async Task Before_the_migration_the_query_stops_and_names_step_A1_and_its_command()
    {
        var index = await AnalyticsIndex.SeedAsync(fixture.Engine, "an-before", Shape);

        var answer = await index.QueryAsync(Defaults);

        Assert.False(answer.Success);
        Assert.StartsWith($"Session Analytics cannot answer from '{index.Name}' yet: invocation_mode_keyword is not in the mapping of '{index.Name}': step A1 update-session-mapping has not run", answer.Error);
        Assert.Contains("Run `pika-migrate os update-session-mapping`, then `pika-migrate os copy-to-keyword-fields` (or the whole migration: `pika-migrate migrate 0.11.0`).", answer.Error);
        Assert.Equal(
            [("invocation_mode_keyword", true), ("user_type_keyword", true), ("source_keyword", false)],
            answer.Warnings!.Select(w => (w.Field, w.Blocking)));
        Assert.All(answer.Warnings!, w => Assert.Equal((AnalyticsWarningKind.TwinNotMapped, "A1", "pika-migrate os update-session-mapping"), (w.Kind, w.Remedy!.Step, w.Remedy.Command)));
        Assert.Equal(AnalyticsSummary.Zero, answer.Summary);
        Assert.Empty(answer.TimeSeries);
        Assert.Empty(answer.CostByInvocationMode);

        var readiness = await index.Service(out var client).CheckReadinessAsync(default);
        client.Dispose();
        Assert.False(readiness.Ready);
        Assert.All(readiness.Fields, f => Assert.Null(f.MappedAs));
        var untyped = index.Sessions.Count(s => s.UserType is null);
        Assert.Contains(readiness.Warnings, w => w.Kind == AnalyticsWarningKind.UserTypeMissing && w.Sessions == untyped && w.Remedy!.Step == "B1");
    }

    [Fact]
    public async Task After_A1_alone_the_answer_says_B1_has_not_typed_the_sessions_it_leaves_out()
    {
        var index = await AnalyticsIndex.SeedAsync(fixture.Engine, "an-a1", Shape);
        await index.MapTwinsAsync();

        var answer = await index.QueryAsync(Defaults);

        var inRange = InRange(index).ToList();
        var userFree = inRange.Count(s => s.UserType is null);
        var wouldCount = inRange.Count(s => s.UserType is null && s.InvocationMode is null or "chat-app");
        Assert.True(answer.Success, answer.Error);
        Assert.Equal(0, answer.Summary.TotalSessions);
        var userType = Assert.Single(answer.Warnings!, w => w.Kind == AnalyticsWarningKind.UserTypeMissing);
        Assert.Equal((userFree, wouldCount, "B1", "pika-migrate ddb backfill-session-metadata"), (userType.Sessions, userType.LeftOut, userType.Remedy!.Step, userType.Remedy.Command));
        Assert.Equal(
            $"{userFree:N0} of the {inRange.Count:N0} sessions in this range have no user_type yet (step B1 backfill-session-metadata has not reached them): the user-type filter leaves out {wouldCount:N0} of them. "
            + "Run `pika-migrate ddb backfill-session-metadata` (or the whole migration: `pika-migrate migrate 0.11.0`).",
            userType.Message);
        var modes = Assert.Single(answer.Warnings!, w => w.Field == "invocation_mode_keyword");
        Assert.Equal((AnalyticsWarningKind.TwinMissingOnDocuments, inRange.Count(s => s.InvocationMode is not null), "A2"), (modes.Kind, modes.Sessions, modes.Remedy!.Step));
    }

    [Fact]
    public async Task Part_way_through_A2_the_answer_counts_the_sessions_each_filter_leaves_out()
    {
        var index = await AnalyticsIndex.SeedAsync(fixture.Engine, "an-partway", Shape);
        await index.MapTwinsAsync();
        await index.BackfillAsync(index.Sessions, withTwin: true);
        var copied = index.Sessions.Where((_, i) => i % 2 == 0).ToList();
        await index.CopyAsync(copied, typed: true);
        var notCopied = index.Sessions.Except(copied).ToList();
        var request = new SessionAnalyticsRequest { DateRange = Defaults.DateRange, UserTypes = ["external-user"], InvocationModes = ["chat-app"], Sources = ["user"] };

        var answer = await index.QueryAsync(request);

        bool Matches(SeedSession s) => index.UserTypes[s.SessionId] == "external-user" && s.InvocationMode == "chat-app" && s.Source == "user";
        var leftOut = InRange(notCopied).Count(Matches);
        Assert.True(answer.Success, answer.Error);
        Assert.Equal(InRange(copied).Count(Matches), answer.Summary.TotalSessions);
        Assert.True(leftOut > 0);
        var modes = Assert.Single(answer.Warnings!, w => w.Field == "invocation_mode_keyword");
        var sources = Assert.Single(answer.Warnings!, w => w.Field == "source_keyword");
        Assert.Equal((InRange(notCopied).Count(s => s.InvocationMode is not null), leftOut, 0L), (modes.Sessions, modes.LeftOut, modes.CountedAsUndefined));
        Assert.Equal((InRange(notCopied).Count(s => s.Source is not null), leftOut, 0L), (sources.Sessions, sources.LeftOut, sources.CountedAsUndefined));
        Assert.Contains($"the invocation-mode filter leaves out {leftOut:N0} of them that match it", modes.Message);
        Assert.Contains("step A2 copy-to-keyword-fields has not reached them", modes.Message);
        Assert.EndsWith("Run `pika-migrate os copy-to-keyword-fields` (or the whole migration: `pika-migrate migrate 0.11.0`).", sources.Message);
        Assert.DoesNotContain(answer.Warnings!, w => w.Field == "user_type_keyword");
    }

    [Fact]
    public async Task Part_way_the_default_modes_keep_uncopied_sessions_but_as_undefined_and_the_answer_says_how_many()
    {
        var index = await AnalyticsIndex.SeedAsync(fixture.Engine, "an-undefined", Shape);
        await index.MapTwinsAsync();
        await index.BackfillAsync(index.Sessions, withTwin: true);
        var copied = index.Sessions.Where((_, i) => i % 3 != 0).ToList();
        await index.CopyAsync(copied, typed: true);
        var notCopied = index.Sessions.Except(copied).ToList();

        var answer = await index.QueryAsync(Defaults);

        var external = InRange(notCopied).Where(s => index.UserTypes[s.SessionId] == "external-user").ToList();
        var modes = Assert.Single(answer.Warnings!, w => w.Field == "invocation_mode_keyword");
        Assert.Equal((0L, (long)external.Count(s => s.InvocationMode is not null)), (modes.LeftOut, modes.CountedAsUndefined));
        var sources = Assert.Single(answer.Warnings!, w => w.Field == "source_keyword");
        Assert.Equal((null, (long)external.Count(s => s.Source is not null)), (sources.LeftOut, sources.CountedAsUndefined));
        Assert.Contains($"cost by source shows the {sources.CountedAsUndefined:N0} of them counted here under _undefined", sources.Message);
        var counted = InRange(index).Where(s => index.UserTypes[s.SessionId] == "external-user" && (notCopied.Contains(s) || s.InvocationMode is null or "chat-app"));
        Assert.Equal(counted.Count(s => s.Source is null || notCopied.Contains(s)), Assert.Single(answer.CostBySource, c => c.Source == "_undefined").SessionCount);
    }

    [Fact]
    public async Task In_the_guide_order_user_types_that_reached_the_index_without_their_twin_are_counted_and_A2_named()
    {
        var index = await AnalyticsIndex.SeedAsync(fixture.Engine, "an-guide", Shape);
        await index.MapTwinsAsync();
        await index.CopyAsync(index.Sessions, typed: false);
        // B1 as the guide runs it: after A2, user_type reaches OpenSearch through the stream, before the 0.11 Lambda writes the twin.
        var untyped = index.Sessions.Where(s => s.UserType is null).ToList();
        await index.BackfillAsync(untyped, withTwin: false);

        var answer = await index.QueryAsync(Defaults);

        var leftOut = InRange(untyped).Count(s => index.UserTypes[s.SessionId] == "external-user" && s.InvocationMode is null or "chat-app");
        var warning = Assert.Single(answer.Warnings!);
        Assert.Equal(
            (AnalyticsWarningKind.TwinMissingOnDocuments, "user_type_keyword", InRange(untyped).Count(), leftOut, "A2", "pika-migrate os copy-to-keyword-fields"),
            (warning.Kind, warning.Field, (int)warning.Sessions!, (int)warning.LeftOut!, warning.Remedy!.Step, warning.Remedy.Command));
        Assert.Contains($"have user_type but no user_type_keyword yet (step A2 copy-to-keyword-fields has not reached them): the user-type filter leaves out {leftOut:N0} of them that match it", warning.Message);
    }

    [Fact]
    public async Task Twins_mapped_as_text_stop_the_query_and_point_at_verify()
    {
        var index = await AnalyticsIndex.SeedAsync(fixture.Engine, "an-text", Shape with { Sessions = 200 });
        await index.MapTwinsAsync("text");

        var answer = await index.QueryAsync(Defaults);

        Assert.False(answer.Success);
        Assert.Contains("invocation_mode_keyword is mapped as text, not keyword", answer.Error);
        Assert.Contains("`pika-migrate verify 0.11.0` explains the recovery", answer.Error);
        Assert.All(answer.Warnings!, w => Assert.Equal(AnalyticsWarningKind.TwinNotKeyword, w.Kind));
    }

    [Fact]
    public async Task A_migrated_index_is_ready()
    {
        var service = fixture.Migrated.Service(out var client);
        using (client)
        {
            var readiness = await service.CheckReadinessAsync(default);

            Assert.True(readiness.Ready, string.Join("\n", readiness.Warnings.Select(w => w.Message)));
            Assert.Equal(AnalyticsIndex.ShapeSessions, readiness.Sessions);
            Assert.All(readiness.Fields, f => Assert.True(f.IsKeyword));
        }
    }

    private static IEnumerable<SeedSession> InRange(AnalyticsIndex index) => InRange(index.Sessions);

    private static IEnumerable<SeedSession> InRange(IEnumerable<SeedSession> sessions) =>
        sessions.Where(s => DateOnly.FromDateTime(s.Created.UtcDateTime) >= RangeStart);
}
