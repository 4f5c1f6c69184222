using System.Globalization;

namespace PikaMigrate.Sandbox.OpenSearch.Bench;

/// <summary>The 0.11 Session Analytics request (pika-data-model.md §4) with the UI's default filters, over a date range.</summary>
internal static class AnalyticsQuery
{
    private const string Template = """
        {
          "size": 0,
          "query": {"bool": {"filter": [
            {"range": {"create_date": {"gte": "START", "lte": "END"}}},
            {"bool": {"should": [
               {"bool": {"must_not": {"exists": {"field": "invocation_mode_keyword"}}}},
               {"term": {"invocation_mode_keyword": "chat-app"}}], "minimum_should_match": 1}},
            {"terms": {"user_type_keyword": ["external-user", "internal-user"]}}
          ]}},
          "aggs": {
            "total_sessions": {"value_count": {"field": "session_id"}},
            "unique_users": {"cardinality": {"field": "user_id"}},
            "total_input_tokens": {"sum": {"field": "input_tokens"}},
            "total_output_tokens": {"sum": {"field": "output_tokens"}},
            "total_input_cost": {"sum": {"field": "input_cost"}},
            "total_output_cost": {"sum": {"field": "output_cost"}},
            "total_cost": {"sum": {"field": "total_cost"}},
            "time_series": {
              "date_histogram": {"field": "create_date", "calendar_interval": "1d", "format": "yyyy-MM-dd", "min_doc_count": 0,
                                 "extended_bounds": {"min": "START", "max": "END"}},
              "aggs": {
                "unique_users": {"cardinality": {"field": "user_id"}},
                "input_tokens": {"sum": {"field": "input_tokens"}}, "output_tokens": {"sum": {"field": "output_tokens"}},
                "input_cost": {"sum": {"field": "input_cost"}}, "output_cost": {"sum": {"field": "output_cost"}},
                "total_cost": {"sum": {"field": "total_cost"}}}
            },
            "top_chat_apps": {
              "terms": {"field": "chat_app_id", "size": 10, "order": {"total_cost": "desc"}},
              "aggs": {
                "unique_users": {"cardinality": {"field": "user_id"}}, "total_cost": {"sum": {"field": "total_cost"}},
                "input_tokens": {"sum": {"field": "input_tokens"}}, "output_tokens": {"sum": {"field": "output_tokens"}}}
            },
            "cost_by_mode": {
              "terms": {"field": "invocation_mode_keyword", "missing": "_undefined", "size": 10},
              "aggs": {
                "session_count": {"value_count": {"field": "session_id"}},
                "input_tokens": {"sum": {"field": "input_tokens"}}, "output_tokens": {"sum": {"field": "output_tokens"}},
                "input_cost": {"sum": {"field": "input_cost"}}, "output_cost": {"sum": {"field": "output_cost"}},
                "total_cost": {"sum": {"field": "total_cost"}}}
            }
          }
        }
        """;

    /// <summary>The request body; the UI sends the range as local <c>yyyy-MM-dd</c> dates.</summary>
    public static string Body(DateTimeOffset start, DateTimeOffset end) => Template
        .Replace("START", start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("END", end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
