using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;

namespace PikaMigrate.Sandbox.OpenSearch.Aggregations;

/// <summary>
/// A bucket <c>order</c>: <c>_count</c>, <c>_key</c>, or a path into a sub-aggregation (<c>total_cost</c>,
/// <c>stats.avg</c>, <c>filter&gt;metric</c>); key ascending breaks ties.
/// </summary>
internal sealed record BucketOrder(string Path, bool Descending)
{
    public bool IsCount => Path == "_count";

    public bool IsKey => Path is "_key" or "_term" or "_time";

    public static IReadOnlyList<BucketOrder> Parse(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => [.. array.SelectMany(Parse)],
        JsonObject obj => [.. obj.Select(kv => new BucketOrder(kv.Key, Direction(kv.Value)))],
        _ => throw RequestErrors.Parsing("[order] must be an object or an array of objects"),
    };

    /// <summary>Reads the order value from a bucket's computed sub-aggregations.</summary>
    public double Value(JsonObject bucket, IReadOnlyList<AggregationNode> subAggregations, AggregationContext context)
    {
        var parts = Path.Split('>');
        JsonObject current = bucket;
        var subs = subAggregations;
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var dot = part.IndexOf('.', StringComparison.Ordinal);
            var name = dot < 0 ? part : part[..dot];
            var metric = dot < 0 ? null : part[(dot + 1)..];
            var aggregation = subs.FirstOrDefault(s => s.Name == name)
                ?? throw RequestErrors.IllegalArgument($"Invalid aggregation order path [{Path}]. The provided aggregation [{name}] either does not exist, or is a pipeline aggregation and cannot be used to sort the buckets.");
            var result = current.FirstOrDefault(kv => kv.Key == name || kv.Key.EndsWith("#" + name, StringComparison.Ordinal)).Value as JsonObject
                ?? throw RequestErrors.IllegalArgument($"Invalid aggregation order path [{Path}].");
            if (i == parts.Length - 1)
            {
                var value = metric is null or "value" ? result["value"] ?? result["doc_count"] : metric == "_count" ? result["doc_count"] : result[metric];
                return value is null || JsonRead.ScalarText(value) is null ? double.NaN : JsonRead.Double(value, Path);
            }

            current = result;
            subs = aggregation.SubAggregations;
        }

        return double.NaN;
    }

    private static bool Direction(JsonNode? node) => JsonRead.String(node, "order").ToLowerInvariant() switch
    {
        "asc" => false,
        "desc" => true,
        var other => throw RequestErrors.Parsing($"Unknown order direction [{other}]"),
    };
}
