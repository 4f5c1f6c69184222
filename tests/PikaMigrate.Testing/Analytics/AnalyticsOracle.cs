using System.Globalization;
using PikaMigrate.Analytics;
using PikaMigrate.Sandbox.Dataset;

namespace PikaMigrate.Testing.Analytics;

/// <summary>
/// Session Analytics worked out in C# from the seeded sessions, never through the query code: what OpenSearch must
/// answer for a request once every session is migrated (its user type and keyword twins in place). It applies
/// Pika's rules itself: both ends of the range included (UTC days), no invocation modes means chat-app and
/// undefined, empty lists filter nothing, weeks start on Monday, top lists by total cost then id, cost breakdowns
/// by session count then key.
/// </summary>
public static class AnalyticsOracle
{
    /// <param name="userTypes">Each session's user type once migrated, by session id.</param>
    public static SessionAnalyticsResponse Answer(IEnumerable<SeedSession> sessions, IReadOnlyDictionary<string, string> userTypes, SessionAnalyticsRequest request)
    {
        var start = Day(request.DateRange!.Start);
        var end = Day(request.DateRange.End);
        var modes = request.InvocationModes ?? ["undefined", "chat-app"];
        var limit = request.Limit ?? 10;
        var kept = sessions.Where(s =>
            DateOnly.FromDateTime(s.Created.UtcDateTime) is var day && day >= start && day <= end
            && (modes.Count == 0 || modes.Contains(s.InvocationMode ?? "undefined"))
            && (request.UserTypes is not { Count: > 0 } types || types.Contains(userTypes[s.SessionId]))
            && (request.ChatAppIds is not { Count: > 0 } apps || apps.Contains(s.ChatAppId))
            && (request.EntityId is not { Length: > 0 } entity || s.Entity == entity)
            && (request.Sources is not { Count: > 0 } sources || sources.Contains(s.Source ?? "undefined"))).ToList();

        var inputTokens = kept.Sum(s => s.InputTokens);
        var outputTokens = kept.Sum(s => s.OutputTokens);
        var totalCost = Sum(kept, s => s.TotalCost);
        return new SessionAnalyticsResponse
        {
            Success = true,
            Summary = new AnalyticsSummary
            {
                TotalSessions = kept.Count,
                UniqueUsers = kept.Select(s => s.UserId).Distinct().Count(),
                UniqueEntities = request.EntityAttributeName is null ? null : kept.Select(s => s.Entity).Distinct().Count(),
                TotalInputTokens = inputTokens,
                TotalOutputTokens = outputTokens,
                TotalInputCost = Sum(kept, s => s.InputCost),
                TotalOutputCost = Sum(kept, s => s.OutputCost),
                TotalCost = totalCost,
                AvgCostPerSession = kept.Count == 0 ? 0 : totalCost / kept.Count,
                AvgTokensPerSession = kept.Count == 0 ? 0 : (double)(inputTokens + outputTokens) / kept.Count,
            },
            TimeSeries = [.. Periods(start, end, request.GroupBy ?? "day").Select(period =>
            {
                var inPeriod = kept.Where(s => PeriodOf(DateOnly.FromDateTime(s.Created.UtcDateTime), request.GroupBy ?? "day") == period).ToList();
                return new AnalyticsTimeSeriesPoint
                {
                    Date = period.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    SessionCount = inPeriod.Count,
                    UniqueUserCount = inPeriod.Select(s => s.UserId).Distinct().Count(),
                    InputTokens = inPeriod.Sum(s => s.InputTokens),
                    OutputTokens = inPeriod.Sum(s => s.OutputTokens),
                    InputCost = Sum(inPeriod, s => s.InputCost),
                    OutputCost = Sum(inPeriod, s => s.OutputCost),
                    TotalCost = Sum(inPeriod, s => s.TotalCost),
                };
            })],
            TopEntities = request.EntityAttributeName is null ? [] : [.. TopByCost(kept, s => s.Entity, limit).Select(g => Top(g, new EntityAnalytics { EntityId = g.Key, EntityName = g.Key }))],
            TopChatApps = [.. TopByCost(kept, s => s.ChatAppId, limit).Select(g => Top(g, new ChatAppAnalytics { ChatAppId = g.Key, ChatAppName = g.Key }))],
            CostByInvocationMode = [.. BySessions(kept, s => s.InvocationMode ?? "_undefined").Select(g => Cost(g, new InvocationModeCost
            {
                InvocationMode = g.Key,
                Description = g.Key switch
                {
                    "_undefined" => "User-Initiated (Undefined)",
                    "chat-app" => "User-Initiated (Chat App)",
                    "direct-agent-invoke" => "Direct Agent API",
                    "chat-app-component" => "Widget Invocations",
                    var other => other,
                },
            }))],
            CostBySource = [.. BySessions(kept, s => s.Source ?? "_undefined").Select(g => Cost(g, new SourceCost
            {
                Source = g.Key,
                Description = g.Key switch
                {
                    "_undefined" => "No Source (Undefined)",
                    "user" => "User",
                    "component-as-user" => "Component as User",
                    "component" => "Component",
                    var other => other,
                },
            }))],
        };
    }

    private static T Top<T>(IGrouping<string, SeedSession> sessions, T entry)
        where T : TopListEntry => (T)((TopListEntry)entry with
        {
            SessionCount = sessions.Count(),
            UniqueUserCount = sessions.Select(s => s.UserId).Distinct().Count(),
            TotalCost = Sum(sessions, s => s.TotalCost),
            InputTokens = sessions.Sum(s => s.InputTokens),
            OutputTokens = sessions.Sum(s => s.OutputTokens),
        });

    private static T Cost<T>(IGrouping<string, SeedSession> sessions, T entry)
        where T : CostBreakdownEntry => (T)((CostBreakdownEntry)entry with
        {
            SessionCount = sessions.Count(),
            TotalCost = Sum(sessions, s => s.TotalCost),
            InputCost = Sum(sessions, s => s.InputCost),
            OutputCost = Sum(sessions, s => s.OutputCost),
            InputTokens = sessions.Sum(s => s.InputTokens),
            OutputTokens = sessions.Sum(s => s.OutputTokens),
        });

    /// <summary>Exact decimal sums: the engine's compensated double sums agree with them to far below a micro-dollar.</summary>
    private static double Sum(IEnumerable<SeedSession> sessions, Func<SeedSession, double> cost) => (double)sessions.Sum(s => (decimal)cost(s));

    private static IEnumerable<IGrouping<string, SeedSession>> TopByCost(IEnumerable<SeedSession> sessions, Func<SeedSession, string> key, int limit) =>
        sessions.GroupBy(key).OrderByDescending(g => Sum(g, s => s.TotalCost)).ThenBy(g => g.Key, StringComparer.Ordinal).Take(limit);

    private static IEnumerable<IGrouping<string, SeedSession>> BySessions(IEnumerable<SeedSession> sessions, Func<SeedSession, string> key) =>
        sessions.GroupBy(key).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(10);

    private static IEnumerable<DateOnly> Periods(DateOnly start, DateOnly end, string groupBy)
    {
        for (var period = PeriodOf(start, groupBy); period <= end; period = groupBy switch { "week" => period.AddDays(7), "month" => period.AddMonths(1), _ => period.AddDays(1) })
        {
            yield return period;
        }
    }

    private static DateOnly PeriodOf(DateOnly day, string groupBy) => groupBy switch
    {
        "week" => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        "month" => new DateOnly(day.Year, day.Month, 1),
        _ => day,
    };

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
