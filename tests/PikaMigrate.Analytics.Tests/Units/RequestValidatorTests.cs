using PikaMigrate.Analytics.Query;

namespace PikaMigrate.Analytics.Tests.Units;

public sealed class RequestValidatorTests
{
    private static readonly DateOnly Today = new(2025, 10, 1);

    [Theory]
    [InlineData("2025-13-01", "2025-10-01", "dateRange.start", "'2025-13-01' is not a day as yyyy-MM-dd (UTC)")]
    [InlineData("2025-09-01", "01/10/2025", "dateRange.end", "'01/10/2025' is not a day as yyyy-MM-dd (UTC)")]
    [InlineData("2025-9-1", "2025-10-01", "dateRange.start", "is not a day")]
    [InlineData("2025-10-02", "2025-10-01", "dateRange", "it starts on 2025-10-02, after it ends (2025-10-01)")]
    public void Bad_dates_are_refused_naming_the_field(string start, string end, string field, string problem) =>
        Refused(new SessionAnalyticsRequest { DateRange = new AnalyticsDateRange(start, end) }, field, problem);

    [Theory]
    [InlineData("quarter", "groupBy", "'quarter' is not a period; it takes day, week, month.")]
    public void An_unknown_group_by_is_refused(string groupBy, string field, string problem) =>
        Refused(new SessionAnalyticsRequest { GroupBy = groupBy }, field, problem);

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(-5)]
    public void A_limit_out_of_range_is_refused(int limit) =>
        Refused(new SessionAnalyticsRequest { Limit = limit }, "limit", "is out of range; it takes 1 to 100");

    [Fact]
    public void Unknown_values_are_refused_with_the_values_that_are_known()
    {
        Refused(new SessionAnalyticsRequest { UserTypes = ["admin"] }, "userTypes", "'admin' is not a user type; it takes external-user, internal-user.");
        Refused(new SessionAnalyticsRequest { InvocationModes = ["agent"] }, "invocationModes", "'agent' is not a invocation mode; it takes chat-app, undefined, direct-agent-invoke, chat-app-component.");
        Refused(new SessionAnalyticsRequest { Sources = ["bot"] }, "sources", "'bot' is not a source; it takes user, component-as-user, component, undefined.");
        Refused(new SessionAnalyticsRequest { ChatAppIds = [" "] }, "chatAppIds", "holds an empty chat app id");
    }

    [Fact]
    public void An_entity_without_its_attribute_is_refused() =>
        Refused(new SessionAnalyticsRequest { EntityId = "acme" }, "entityId", "needs the entity attribute too");

    [Fact]
    public void A_day_series_too_long_for_OpenSearch_is_refused() =>
        Refused(new SessionAnalyticsRequest { DateRange = new AnalyticsDateRange("1990-01-01", "2025-10-01") }, "groupBy", "more than the 10,000 periods");

    [Fact]
    public void Absent_fields_take_Pikas_server_defaults_and_the_range_the_pages()
    {
        var query = RequestValidator.Validate(new SessionAnalyticsRequest(), Today);

        Assert.Equal((new DateOnly(2025, 9, 1), Today), (query.Start, query.End));
        Assert.Equal(["undefined", "chat-app"], query.InvocationModes);
        Assert.Empty(query.UserTypes);
        Assert.Empty(query.Sources);
        Assert.Equal((AnalyticsGroupBy.Day, 10), (query.GroupBy, query.Limit));
    }

    [Fact]
    public void The_pages_defaults_are_the_last_30_days_external_users_user_initiated_by_day()
    {
        var defaults = SessionAnalyticsRequest.Defaults(Today);

        Assert.Equal(new AnalyticsDateRange("2025-09-01", "2025-10-01"), defaults.DateRange);
        Assert.Equal(["external-user"], defaults.UserTypes);
        Assert.Equal(["chat-app", "undefined"], defaults.InvocationModes);
        Assert.Equal(("day", 10), (defaults.GroupBy, defaults.Limit));
    }

    [Theory]
    [InlineData("2025-09-01", "2025-09-30", "week", 5)] // Monday 1 Sep to Tuesday 30 Sep
    [InlineData("2025-09-07", "2025-09-08", "week", 2)] // a Sunday and the Monday after
    [InlineData("2025-01-31", "2025-03-01", "month", 3)]
    [InlineData("2025-09-30", "2025-09-30", "day", 1)]
    public void Periods_follow_calendar_intervals(string start, string end, string groupBy, long periods)
    {
        var query = RequestValidator.Validate(new SessionAnalyticsRequest { DateRange = new AnalyticsDateRange(start, end), GroupBy = groupBy }, Today);

        Assert.Equal(periods, RequestValidator.Periods(query.Start, query.End, query.GroupBy));
    }

    private static void Refused(SessionAnalyticsRequest request, string field, string problem)
    {
        var refusal = Assert.Throws<AnalyticsRequestException>(() => SessionAnalyticsService.Validate(request, Today));
        Assert.Equal(field, refusal.Field);
        Assert.Contains(problem, refusal.Problem, StringComparison.Ordinal);
    }
}
