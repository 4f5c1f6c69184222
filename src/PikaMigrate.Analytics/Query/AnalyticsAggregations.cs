using System.Text.Json.Nodes;

namespace PikaMigrate.Analytics.Query;

/// <summary>
/// Pika's aggregations, by their names: the summary metrics, <c>time_series</c> (calendar day, week or month,
/// empty periods kept across the whole range), <c>top_chat_apps</c> and <c>top_entities</c> by total cost,
/// <c>cost_by_mode</c> with <c>_undefined</c> for no mode; and, beyond Pika, <c>cost_by_source</c>.
/// </summary>
internal static class AnalyticsAggregations
{
    public const string TotalSessions = "total_sessions";
    public const string UniqueUsers = "unique_users";
    public const string TotalInputTokens = "total_input_tokens";
    public const string TotalOutputTokens = "total_output_tokens";
    public const string TotalInputCost = "total_input_cost";
    public const string TotalOutputCost = "total_output_cost";
    public const string TotalCost = "total_cost";
    public const string TimeSeries = "time_series";
    public const string TopChatApps = "top_chat_apps";
    public const string CostByMode = "cost_by_mode";
    public const string CostBySource = "cost_by_source";
    public const string UniqueEntities = "unique_entities";
    public const string TopEntities = "top_entities";
    public const string SessionCount = "session_count";
    public const string InputTokens = "input_tokens";
    public const string OutputTokens = "output_tokens";
    public const string InputCost = "input_cost";
    public const string OutputCost = "output_cost";

    /// <param name="withSources">False when source_keyword cannot be aggregated: cost by source is left out.</param>
    public static JsonObject Build(AnalyticsQuery query, bool withSources)
    {
        var aggregations = new JsonObject
        {
            [TotalSessions] = Metric("value_count", AnalyticsFields.SessionId),
            [UniqueUsers] = Metric("cardinality", AnalyticsFields.UserId),
            [TotalInputTokens] = Sum(AnalyticsFields.InputTokens),
            [TotalOutputTokens] = Sum(AnalyticsFields.OutputTokens),
            [TotalInputCost] = Sum(AnalyticsFields.InputCost),
            [TotalOutputCost] = Sum(AnalyticsFields.OutputCost),
            [TotalCost] = Sum(AnalyticsFields.TotalCost),
            [TimeSeries] = new JsonObject
            {
                ["date_histogram"] = new JsonObject
                {
                    ["field"] = AnalyticsFields.CreateDate,
                    ["calendar_interval"] = query.GroupBy switch
                    {
                        AnalyticsGroupBy.Week => "1w",
                        AnalyticsGroupBy.Month => "1M",
                        _ => "1d",
                    },
                    ["format"] = AnalyticsDateRange.DayFormat,
                    ["min_doc_count"] = 0,
                    ["extended_bounds"] = new JsonObject
                    {
                        ["min"] = AnalyticsDateRange.Format(query.Start),
                        ["max"] = AnalyticsDateRange.Format(query.End),
                    },
                },
                ["aggs"] = new JsonObject
                {
                    [UniqueUsers] = Metric("cardinality", AnalyticsFields.UserId),
                    [InputTokens] = Sum(AnalyticsFields.InputTokens),
                    [OutputTokens] = Sum(AnalyticsFields.OutputTokens),
                    [InputCost] = Sum(AnalyticsFields.InputCost),
                    [OutputCost] = Sum(AnalyticsFields.OutputCost),
                    [TotalCost] = Sum(AnalyticsFields.TotalCost),
                },
            },
            [TopChatApps] = TopByCost(AnalyticsFields.ChatAppId, query.Limit),
            [CostByMode] = CostBy(AnalyticsTwin.InvocationMode.Twin),
        };
        if (withSources)
        {
            aggregations[CostBySource] = CostBy(AnalyticsTwin.SessionSource.Twin);
        }

        if (query.EntityField is { } entity)
        {
            aggregations[UniqueEntities] = Metric("cardinality", entity);
            aggregations[TopEntities] = TopByCost(entity, query.Limit);
        }

        return aggregations;
    }

    private static JsonObject Metric(string type, string field) => new() { [type] = new JsonObject { ["field"] = field } };

    private static JsonObject Sum(string field) => Metric("sum", field);

    private static JsonObject TopByCost(string field, int limit) => new()
    {
        ["terms"] = new JsonObject { ["field"] = field, ["size"] = limit, ["order"] = new JsonObject { [TotalCost] = "desc" } },
        ["aggs"] = new JsonObject
        {
            [UniqueUsers] = Metric("cardinality", AnalyticsFields.UserId),
            [TotalCost] = Sum(AnalyticsFields.TotalCost),
            [InputTokens] = Sum(AnalyticsFields.InputTokens),
            [OutputTokens] = Sum(AnalyticsFields.OutputTokens),
        },
    };

    private static JsonObject CostBy(string field) => new()
    {
        ["terms"] = new JsonObject { ["field"] = field, ["missing"] = AnalyticsVocabulary.UndefinedBucket, ["size"] = 10 },
        ["aggs"] = new JsonObject
        {
            [SessionCount] = Metric("value_count", AnalyticsFields.SessionId),
            [InputTokens] = Sum(AnalyticsFields.InputTokens),
            [OutputTokens] = Sum(AnalyticsFields.OutputTokens),
            [InputCost] = Sum(AnalyticsFields.InputCost),
            [OutputCost] = Sum(AnalyticsFields.OutputCost),
            [TotalCost] = Sum(AnalyticsFields.TotalCost),
        },
    };
}
