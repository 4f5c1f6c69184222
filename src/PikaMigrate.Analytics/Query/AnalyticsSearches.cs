using PikaMigrate.Analytics.Readiness;
using PikaMigrate.OpenSearch.Model;

namespace PikaMigrate.Analytics.Query;

/// <summary>The two searches one analytics query sends: Pika's query, and beside it the gap probe (what the migration has not reached yet).</summary>
internal sealed record AnalyticsSearches(SearchRequest Query, DocumentGaps Gaps)
{
    public static AnalyticsSearches For(AnalyticsQuery query, IndexMapping mapping)
    {
        var filters = AnalyticsFilters.Build(query);
        var search = new SearchRequest(
            Dsl.AllOf(filters.Select(f => f.Clause)),
            0,
            Aggregations: AnalyticsAggregations.Build(query, withSources: MappingCheck.IsKeyword(mapping, AnalyticsTwin.SessionSource)));
        return new AnalyticsSearches(search, DocumentGaps.ForQuery(query, filters, mapping));
    }
}
