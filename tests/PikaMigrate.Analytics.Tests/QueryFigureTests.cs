using PikaMigrate.Analytics.Tests.Fixtures;
using PikaMigrate.Testing.Analytics;

namespace PikaMigrate.Analytics.Tests;

/// <summary>
/// Every figure of the answer, for many filter combinations on fully migrated data, equals the one worked out in
/// C# from the seeded sessions (<see cref="AnalyticsOracle"/>).
/// </summary>
[Collection(AnalyticsCollection.Name)]
public sealed class QueryFigureTests(AnalyticsFixture fixture)
{
    private static readonly AnalyticsDateRange Quarter = AnalyticsDateRange.Of(new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30));

    private static readonly Dictionary<string, SessionAnalyticsRequest> Requests = new()
    {
        ["the page's defaults"] = SessionAnalyticsRequest.Defaults(AnalyticsIndex.Today),
        ["internal users"] = new() { DateRange = Quarter, UserTypes = ["internal-user"] },
        ["external users"] = new() { DateRange = Quarter, UserTypes = ["external-user"], InvocationModes = [] },
        ["both user types, every mode"] = new() { DateRange = Quarter, UserTypes = ["internal-user", "external-user"], InvocationModes = ["chat-app", "direct-agent-invoke", "chat-app-component", "undefined"] },
        ["mode chat-app"] = new() { DateRange = Quarter, InvocationModes = ["chat-app"] },
        ["mode direct-agent-invoke"] = new() { DateRange = Quarter, InvocationModes = ["direct-agent-invoke"] },
        ["mode chat-app-component"] = new() { DateRange = Quarter, InvocationModes = ["chat-app-component"] },
        ["mode undefined"] = new() { DateRange = Quarter, InvocationModes = ["undefined"] },
        ["no mode given (Pika's default)"] = new() { DateRange = Quarter },
        ["source user"] = new() { DateRange = Quarter, InvocationModes = [], Sources = ["user"] },
        ["source component-as-user"] = new() { DateRange = Quarter, InvocationModes = [], Sources = ["component-as-user"] },
        ["source component"] = new() { DateRange = Quarter, InvocationModes = [], Sources = ["component"] },
        ["source undefined"] = new() { DateRange = Quarter, InvocationModes = [], Sources = ["undefined"] },
        ["sources component and undefined, external"] = new() { DateRange = Quarter, UserTypes = ["external-user"], InvocationModes = [], Sources = ["component", "undefined"] },
        ["two apps"] = new() { DateRange = Quarter, InvocationModes = [], ChatAppIds = ["support", "legal-review"] },
        ["an entity, with top entities"] = new() { DateRange = Quarter, InvocationModes = [], EntityAttributeName = "entity", EntityId = "acme" },
        ["top entities, 3 of them"] = new() { DateRange = Quarter, UserTypes = ["external-user"], EntityAttributeName = "entity", Limit = 3 },
        ["by day"] = new() { DateRange = AnalyticsDateRange.Of(new DateOnly(2025, 9, 10), new DateOnly(2025, 9, 24)), GroupBy = "day", UserTypes = ["external-user"] },
        ["by week, range starting mid-week"] = new() { DateRange = AnalyticsDateRange.Of(new DateOnly(2025, 7, 9), new DateOnly(2025, 9, 17)), GroupBy = "week", InvocationModes = [] },
        ["by month, all time"] = new() { DateRange = AnalyticsPresets.Range(AnalyticsPreset.All, AnalyticsIndex.Today), GroupBy = "month", UserTypes = ["external-user"], InvocationModes = [] },
        ["an empty range"] = new() { DateRange = AnalyticsDateRange.Of(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31)), InvocationModes = [] },
        ["one day, its sessions up to 23:59"] = new() { DateRange = AnalyticsDateRange.Of(new DateOnly(2025, 9, 30), new DateOnly(2025, 9, 30)), InvocationModes = [] },
        ["a range ending on a day with sessions"] = new() { DateRange = AnalyticsDateRange.Of(new DateOnly(2025, 9, 20), new DateOnly(2025, 9, 26)), UserTypes = ["external-user"] },
        ["top 1 app"] = new() { DateRange = Quarter, Limit = 1 },
    };

    public static TheoryData<string> Combinations => [.. Requests.Keys];

    [Theory]
    [MemberData(nameof(Combinations))]
    public async Task Every_figure_equals_the_one_computed_from_the_dataset(string combination)
    {
        var request = Requests[combination];
        var index = fixture.Migrated;

        var answer = await index.QueryAsync(request);

        Assert.True(answer.Success, answer.Error);
        Assert.Null(answer.Warnings);
        var expected = AnalyticsOracle.Answer(index.Sessions, index.UserTypes, request);
        AnalyticsAssert.Same(expected, answer, combination);
    }

    [Fact]
    public void The_combinations_are_not_degenerate()
    {
        // A combination that keeps nothing would prove little: only the empty range may be empty, only "every mode" everything.
        var index = fixture.Migrated;
        foreach (var (name, request) in Requests.Where(r => r.Key != "an empty range"))
        {
            var expected = AnalyticsOracle.Answer(index.Sessions, index.UserTypes, request);
            Assert.True(expected.Summary.TotalSessions > 0, $"{name}: no session");
            Assert.True(expected.Summary.TotalSessions < AnalyticsIndex.ShapeSessions || name.Contains("every mode", StringComparison.Ordinal), $"{name}: every session");
            Assert.True(expected.TopChatApps.Count > 0 && expected.CostByInvocationMode.Count > 0 && expected.CostBySource.Count > 0, name);
        }
    }

    [Fact]
    public async Task The_end_day_is_included_and_the_day_after_is_not()
    {
        var index = fixture.Migrated;
        var lastDay = new DateOnly(2025, 9, 30);
        var onLastDay = index.Sessions.Count(s => DateOnly.FromDateTime(s.Created.UtcDateTime) == lastDay);

        var through = await index.QueryAsync(new() { DateRange = AnalyticsDateRange.Of(lastDay.AddDays(-1), lastDay), InvocationModes = [] });
        var before = await index.QueryAsync(new() { DateRange = AnalyticsDateRange.Of(lastDay.AddDays(-1), lastDay.AddDays(-1)), InvocationModes = [] });

        Assert.True(onLastDay > 0);
        Assert.Equal(onLastDay, through.Summary.TotalSessions - before.Summary.TotalSessions);
        Assert.Equal(["2025-09-29", "2025-09-30"], through.TimeSeries.Select(p => p.Date));
    }
}
