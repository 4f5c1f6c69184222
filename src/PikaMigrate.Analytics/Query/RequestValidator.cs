using System.Globalization;

namespace PikaMigrate.Analytics.Query;

/// <summary>
/// Checks a request and applies Pika's server defaults. Refuses, naming the field, what would otherwise fail deep in
/// OpenSearch or silently match nothing: malformed or reversed dates, unknown list values, a group-by or limit
/// outside what the page offers, an entity without its attribute, an attribute that holds secrets.
/// </summary>
internal static class RequestValidator
{
    /// <summary>Below OpenSearch's search.max_buckets (65,535) with room for the other aggregations.</summary>
    public const int MaxPeriods = 10_000;

    private static readonly IReadOnlyList<string> DefaultModes = [AnalyticsVocabulary.Undefined, AnalyticsVocabulary.ChatApp];

    public static AnalyticsQuery Validate(SessionAnalyticsRequest request, DateOnly today)
    {
        var range = request.DateRange ?? AnalyticsDateRange.LastDays(today, AnalyticsVocabulary.DefaultDays);
        var start = Day(range.Start, "dateRange.start");
        var end = Day(range.End, "dateRange.end");
        if (start > end)
        {
            throw new AnalyticsRequestException("dateRange", $"it starts on {range.Start}, after it ends ({range.End}); the start must be on or before the end.");
        }

        var groupBy = GroupBy(request.GroupBy);
        var periods = Periods(start, end, groupBy);
        if (periods > MaxPeriods)
        {
            throw new AnalyticsRequestException("groupBy", $"{range.Start} to {range.End} is {periods:N0} {request.GroupBy ?? AnalyticsVocabulary.Day}s, more than the {MaxPeriods:N0} periods a time series may have; group by a longer period or shorten the range.");
        }

        var limit = request.Limit ?? AnalyticsVocabulary.DefaultLimit;
        if (limit is < 1 or > AnalyticsVocabulary.MaxLimit)
        {
            throw new AnalyticsRequestException("limit", $"{limit} is out of range; it takes 1 to {AnalyticsVocabulary.MaxLimit} (top chat apps and entities to show).");
        }

        var entityId = string.IsNullOrEmpty(request.EntityId) ? null : request.EntityId;
        var attribute = string.IsNullOrEmpty(request.EntityAttributeName) ? null : EntityAttributePolicy.Check(request.EntityAttributeName, "entityAttributeName");
        if (entityId is not null && attribute is null)
        {
            throw new AnalyticsRequestException("entityId", "an entity filter needs the entity attribute too (entityAttributeName, e.g. entity): it names the session attribute that holds the entity.");
        }

        return new AnalyticsQuery(
            start,
            end,
            Values(request.UserTypes, AnalyticsVocabulary.UserTypes, "userTypes", "user type"),
            request.InvocationModes is null ? DefaultModes : Values(request.InvocationModes, AnalyticsVocabulary.InvocationModes, "invocationModes", "invocation mode"),
            Values(request.Sources, AnalyticsVocabulary.Sources, "sources", "source"),
            ChatApps(request.ChatAppIds),
            attribute,
            entityId,
            groupBy,
            limit);
    }

    /// <summary>How many periods the time series will have: extended bounds cover the range's first to last period.</summary>
    public static long Periods(DateOnly start, DateOnly end, AnalyticsGroupBy groupBy) => groupBy switch
    {
        AnalyticsGroupBy.Day => end.DayNumber - start.DayNumber + 1,
        AnalyticsGroupBy.Week => ((MondayOf(end).DayNumber - MondayOf(start).DayNumber) / 7) + 1,
        _ => ((end.Year - start.Year) * 12) + end.Month - start.Month + 1,
    };

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static DateOnly Day(string? text, string field)
    {
        if (text is null)
        {
            throw new AnalyticsRequestException(field, "is missing; it takes a day as yyyy-MM-dd (UTC), e.g. 2025-10-01.");
        }

        return DateOnly.TryParseExact(text, AnalyticsDateRange.DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new AnalyticsRequestException(field, $"'{text}' is not a day as yyyy-MM-dd (UTC), e.g. 2025-10-01.");
    }

    private static AnalyticsGroupBy GroupBy(string? text) => text switch
    {
        null or AnalyticsVocabulary.Day => AnalyticsGroupBy.Day,
        AnalyticsVocabulary.Week => AnalyticsGroupBy.Week,
        AnalyticsVocabulary.Month => AnalyticsGroupBy.Month,
        _ => throw new AnalyticsRequestException("groupBy", $"'{text}' is not a period; it takes {string.Join(", ", AnalyticsVocabulary.GroupBys)}."),
    };

    private static IReadOnlyList<string> Values(IReadOnlyList<string>? values, IReadOnlyList<FilterOption> known, string field, string what)
    {
        if (values is null)
        {
            return [];
        }

        foreach (var value in values)
        {
            if (!known.Any(k => k.Value == value))
            {
                throw new AnalyticsRequestException(field, $"'{value}' is not a {what}; it takes {string.Join(", ", known.Select(k => k.Value))}.");
            }
        }

        return [.. values.Distinct(StringComparer.Ordinal)];
    }

    private static IReadOnlyList<string> ChatApps(IReadOnlyList<string>? ids)
    {
        if (ids is null)
        {
            return [];
        }

        if (ids.Any(string.IsNullOrWhiteSpace))
        {
            throw new AnalyticsRequestException("chatAppIds", "holds an empty chat app id; give the ids as Pika stores them in chat_app_id, e.g. weather.");
        }

        return [.. ids.Distinct(StringComparer.Ordinal)];
    }
}
