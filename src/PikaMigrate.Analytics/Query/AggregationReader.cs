using System.Text.Json;
using A = PikaMigrate.Analytics.Query.AnalyticsAggregations;

namespace PikaMigrate.Analytics.Query;

/// <summary>Turns the aggregations OpenSearch returns into Pika's response, as <c>queryForSessionAnalytics</c> maps them.</summary>
internal static class AggregationReader
{
    public static SessionAnalyticsResponse Read(JsonElement aggregations, IReadOnlyList<AnalyticsWarning> warnings)
    {
        var sessions = Count(aggregations, A.TotalSessions);
        var inputTokens = Tokens(aggregations, A.TotalInputTokens);
        var outputTokens = Tokens(aggregations, A.TotalOutputTokens);
        var totalCost = Value(aggregations, A.TotalCost);
        return new SessionAnalyticsResponse
        {
            Success = true,
            Summary = new AnalyticsSummary
            {
                TotalSessions = sessions,
                UniqueUsers = Count(aggregations, A.UniqueUsers),
                UniqueEntities = aggregations.TryGetProperty(A.UniqueEntities, out _) ? Count(aggregations, A.UniqueEntities) : null,
                TotalInputTokens = inputTokens,
                TotalOutputTokens = outputTokens,
                TotalInputCost = Value(aggregations, A.TotalInputCost),
                TotalOutputCost = Value(aggregations, A.TotalOutputCost),
                TotalCost = totalCost,
                AvgCostPerSession = sessions > 0 ? totalCost / sessions : 0,
                AvgTokensPerSession = sessions > 0 ? (double)(inputTokens + outputTokens) / sessions : 0,
            },
            TimeSeries = [.. Buckets(aggregations, A.TimeSeries).Select(b => new AnalyticsTimeSeriesPoint
            {
                Date = b.GetProperty("key_as_string").GetString()!,
                SessionCount = b.GetProperty("doc_count").GetInt64(),
                UniqueUserCount = Count(b, A.UniqueUsers),
                InputTokens = Tokens(b, A.InputTokens),
                OutputTokens = Tokens(b, A.OutputTokens),
                InputCost = Value(b, A.InputCost),
                OutputCost = Value(b, A.OutputCost),
                TotalCost = Value(b, A.TotalCost),
            })],
            TopEntities = [.. Buckets(aggregations, A.TopEntities).Select(b => Top(b, new EntityAnalytics { EntityId = Key(b), EntityName = Key(b) }))],
            TopChatApps = [.. Buckets(aggregations, A.TopChatApps).Select(b => Top(b, new ChatAppAnalytics { ChatAppId = Key(b), ChatAppName = Key(b) }))],
            CostByInvocationMode = [.. Buckets(aggregations, A.CostByMode).Select(b => Cost(b, new InvocationModeCost { InvocationMode = Key(b), Description = AnalyticsVocabulary.DescribeMode(Key(b)) }))],
            CostBySource = [.. Buckets(aggregations, A.CostBySource).Select(b => Cost(b, new SourceCost { Source = Key(b), Description = AnalyticsVocabulary.DescribeSource(Key(b)) }))],
            Warnings = warnings.Count > 0 ? warnings : null,
        };
    }

    private static T Top<T>(JsonElement bucket, T entry)
        where T : TopListEntry => (T)((TopListEntry)entry with
        {
            SessionCount = bucket.GetProperty("doc_count").GetInt64(),
            UniqueUserCount = Count(bucket, A.UniqueUsers),
            TotalCost = Value(bucket, A.TotalCost),
            InputTokens = Tokens(bucket, A.InputTokens),
            OutputTokens = Tokens(bucket, A.OutputTokens),
        });

    private static T Cost<T>(JsonElement bucket, T entry)
        where T : CostBreakdownEntry => (T)((CostBreakdownEntry)entry with
        {
            SessionCount = SessionCount(bucket),
            TotalCost = Value(bucket, A.TotalCost),
            InputCost = Value(bucket, A.InputCost),
            OutputCost = Value(bucket, A.OutputCost),
            InputTokens = Tokens(bucket, A.InputTokens),
            OutputTokens = Tokens(bucket, A.OutputTokens),
        });

    private static IEnumerable<JsonElement> Buckets(JsonElement aggregations, string name) =>
        aggregations.TryGetProperty(name, out var aggregation) && aggregation.TryGetProperty("buckets", out var buckets)
            ? buckets.EnumerateArray()
            : [];

    private static string Key(JsonElement bucket) => bucket.GetProperty("key").ToString();

    /// <summary>Pika takes session_count, else the bucket's doc_count.</summary>
    private static long SessionCount(JsonElement bucket) =>
        bucket.TryGetProperty(A.SessionCount, out _) ? Count(bucket, A.SessionCount) : bucket.GetProperty("doc_count").GetInt64();

    /// <summary>A metric's value; 0 where Pika's <c>?? 0</c> would apply (absent, or null for no documents).</summary>
    private static double Value(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var metric) && metric.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble()
            : 0;

    private static long Count(JsonElement parent, string name) => (long)Value(parent, name);

    /// <summary>Token sums come back as doubles (a sum aggregation is always double); they hold whole numbers.</summary>
    private static long Tokens(JsonElement parent, string name) => (long)Math.Round(Value(parent, name));
}
