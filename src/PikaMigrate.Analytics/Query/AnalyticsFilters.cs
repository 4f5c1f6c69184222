using System.Text.Json.Nodes;

namespace PikaMigrate.Analytics.Query;

/// <summary>
/// The filters of Pika's <c>queryForSessionAnalytics</c>, in its order, all inside <c>bool.filter</c>: the date
/// range (gte start, lte end: OpenSearch rounds a date-only <c>lte</c> up to the day's last millisecond, so the
/// end day is included), invocation modes as a should of terms with <c>undefined</c> as "no field", user types
/// and chat apps as terms, the entity as a term; then sources, shaped like modes.
/// </summary>
internal static class AnalyticsFilters
{
    public static IReadOnlyList<AnalyticsFilter> Build(AnalyticsQuery query)
    {
        var filters = new List<AnalyticsFilter>
        {
            new(FilterKind.DateRange, new JsonObject
            {
                ["range"] = new JsonObject
                {
                    [AnalyticsFields.CreateDate] = new JsonObject
                    {
                        ["gte"] = AnalyticsDateRange.Format(query.Start),
                        ["lte"] = AnalyticsDateRange.Format(query.End),
                    },
                },
            }),
        };
        foreach (var twin in new[] { AnalyticsTwin.InvocationMode, AnalyticsTwin.UserType })
        {
            if (OnTwin(query, twin, twin.Twin, twin.Twin) is { } clause)
            {
                filters.Add(new AnalyticsFilter(twin == AnalyticsTwin.InvocationMode ? FilterKind.InvocationMode : FilterKind.UserType, clause, twin));
            }
        }

        if (query.ChatAppIds.Count > 0)
        {
            filters.Add(new AnalyticsFilter(FilterKind.ChatApp, Dsl.Terms(AnalyticsFields.ChatAppId, query.ChatAppIds)));
        }

        if (query is { EntityField: { } entityField, EntityId: { } entityId })
        {
            filters.Add(new AnalyticsFilter(FilterKind.Entity, Dsl.Term(entityField, entityId)));
        }

        if (OnTwin(query, AnalyticsTwin.SessionSource, AnalyticsTwin.SessionSource.Twin, AnalyticsTwin.SessionSource.Twin) is { } sources)
        {
            filters.Add(new AnalyticsFilter(FilterKind.Source, sources, AnalyticsTwin.SessionSource));
        }

        return filters;
    }

    /// <summary>
    /// The query's clause on one twin, built on the given fields: the twin itself for the query, or the source
    /// field (its exact value in <paramref name="termField"/>) for what the query would keep once the twin is there.
    /// Null when the query does not filter on it.
    /// </summary>
    public static JsonObject? OnTwin(AnalyticsQuery query, AnalyticsTwin twin, string termField, string existsField)
    {
        if (twin == AnalyticsTwin.UserType)
        {
            return query.UserTypes.Count > 0 ? Dsl.Terms(termField, query.UserTypes) : null;
        }

        var values = twin == AnalyticsTwin.InvocationMode ? query.InvocationModes : query.Sources;
        return values.Count > 0
            ? Dsl.AnyOf(values.Select(v => v == AnalyticsVocabulary.Undefined ? Dsl.Missing(existsField) : Dsl.Term(termField, v)))
            : null;
    }
}
