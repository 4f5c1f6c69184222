using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;

namespace PikaMigrate.Sandbox.OpenSearch.Aggregations;

/// <summary>
/// A bucket <c>order</c>: <c>_count</c>, <c>_key</c>, or a path into sub-aggregations
/// (<c>agg1&gt;agg2&gt;metric.key</c>: single-bucket aggregations along the way, a single-bucket or metric one at the
/// end). Paths are checked against the request before any bucket is built, with OpenSearch's messages.
/// </summary>
internal sealed class BucketOrder
{
    private readonly string[] _names;
    private readonly string? _key;

    private BucketOrder(string path, bool descending)
    {
        Path = path;
        Descending = descending;
        if (IsCount || IsKey)
        {
            _names = [];
            return;
        }

        var elements = path.Split('>', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (elements.Length == 0)
        {
            throw new OpenSearchException(500, new ErrorCause("illegal_argument_exception", $"Invalid path [{path}]", isOpenSearch: false));
        }

        var last = elements[^1];
        var dot = last.LastIndexOf('.');
        if (dot == 0 || (dot > 0 && dot == last.Length - 1))
        {
            throw new OpenSearchException(500, new ErrorCause("aggregation_execution_exception", $"Invalid path element [{last}] in path [{path}]"));
        }

        _names = [.. elements[..^1], dot < 0 ? last : last[..dot]];
        _key = dot < 0 ? null : last[(dot + 1)..];
    }

    public string Path { get; }

    public bool Descending { get; }

    public bool IsCount => Path == "_count";

    public bool IsKey => Path is "_key" or "_term" or "_time";

    /// <summary>The default order of a terms aggregation: most documents first.</summary>
    public static BucketOrder CountDescending { get; } = new("_count", descending: true);

    public static IReadOnlyList<BucketOrder> Parse(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => [.. array.SelectMany(Parse)],
        JsonObject obj => [.. obj.Select(kv => new BucketOrder(kv.Key, Direction(kv.Value)))],
        _ => throw RequestErrors.Parsing("[order] must be an object or an array of objects"),
    };

    /// <summary>
    /// Fails the shard as OpenSearch does when the path does not lead to something buckets can be sorted on
    /// (an AggregationExecutionException: HTTP 500, with the IllegalArgumentException that says why).
    /// </summary>
    public void Validate(IReadOnlyList<AggregationNode> subAggregations)
    {
        if (IsCount || IsKey)
        {
            return;
        }

        var subs = subAggregations;
        for (var i = 0; i < _names.Length; i++)
        {
            var element = i == _names.Length - 1 && _key is not null ? _names[i] + "." + _key : _names[i];
            var aggregation = subs.FirstOrDefault(s => s.Name == _names[i])
                ?? throw Invalid($"The provided aggregation [{element}] either does not exist, or is a pipeline aggregation and cannot be used to sort the buckets.");
            if (i < _names.Length - 1)
            {
                if (aggregation.Shape != AggregationShape.SingleBucket)
                {
                    throw Invalid("Buckets can only be sorted on a sub-aggregator path that is built out of zero or more single-bucket aggregations within the path "
                        + $"and a final single-bucket or a metrics aggregation at the path end. [{aggregation.Name}] is not single-bucket.");
                }

                subs = aggregation.SubAggregations;
                continue;
            }

            switch (aggregation.Shape)
            {
                case AggregationShape.SingleBucket when _key is not (null or "doc_count"):
                    throw Invalid("Ordering on a single-bucket aggregation can only be done on its doc_count. "
                        + $"Either drop the key (a la \"{aggregation.Name}\") or change it to \"doc_count\" (a la \"{aggregation.Name}.doc_count\") or \"key\".");
                case AggregationShape.SingleValueMetric when _key is not (null or "value"):
                    throw Invalid("Ordering on a single-value metrics aggregation can only be done on its value. "
                        + $"Either drop the key (a la \"{aggregation.Name}\") or change it to \"value\" (a la \"{aggregation.Name}.value\")");
                case AggregationShape.MultiValueMetric when _key is null:
                    throw Invalid("When ordering on a multi-value metrics aggregation a metric name must be specified.");
                case AggregationShape.MultiValueMetric when !aggregation.HasMetric(_key):
                    throw Invalid($"Unknown metric name [{_key}] on multi-value metrics aggregation [{aggregation.Name}]");
                case AggregationShape.MultiBucket:
                    throw Invalid("Buckets can only be sorted on a sub-aggregator path that is built out of zero or more single-bucket aggregations within the path "
                        + "and a final single-bucket or a metrics aggregation at the path end.");
            }
        }
    }

    /// <summary>The value a validated path reads from a bucket's computed sub-aggregations (NaN when it has none).</summary>
    public double Value(JsonObject bucket)
    {
        var current = bucket;
        foreach (var name in _names)
        {
            // With typed_keys the results are keyed "type#name".
            current = current.FirstOrDefault(kv => kv.Key == name || kv.Key.EndsWith("#" + name, StringComparison.Ordinal)).Value as JsonObject ?? [];
        }

        var value = current[_key is null or "value" ? (current.ContainsKey("value") ? "value" : "doc_count") : _key];
        return JsonRead.ScalarText(value) is { } text && double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : double.NaN;
    }

    /// <summary>
    /// The comparison of a list of orders (InternalOrder.CompoundOrder): counts, keys or sub-aggregation values
    /// (buckets without a value last, Comparators.compareDiscardNaN); key ascending breaks remaining ties.
    /// </summary>
    public static Comparison<T> Comparer<T>(IReadOnlyList<BucketOrder> orders, Func<T, long> count, Comparison<T> key, Func<T, JsonObject> built) => (a, b) =>
    {
        foreach (var order in orders)
        {
            int c;
            if (order.IsCount || order.IsKey)
            {
                c = order.IsCount ? count(a).CompareTo(count(b)) : key(a, b);
                c = order.Descending ? -c : c;
            }
            else
            {
                c = CompareDiscardNaN(order.Value(built(a)), order.Value(built(b)), order.Descending);
            }

            if (c != 0)
            {
                return c;
            }
        }

        return key(a, b);
    };

    private static int CompareDiscardNaN(double a, double b, bool descending)
    {
        if (double.IsNaN(a) || double.IsNaN(b))
        {
            return double.IsNaN(a) == double.IsNaN(b) ? 0 : double.IsNaN(a) ? 1 : -1;
        }

        var c = a.CompareTo(b);
        return descending ? -c : c;
    }

    private ShardFailureException Invalid(string why) => new(
        new ErrorCause("aggregation_execution_exception", $"Invalid aggregation order path [{Path}]. {why}")
        {
            CausedBy = new ErrorCause("illegal_argument_exception", why, isOpenSearch: false),
        },
        status: 500);

    private static bool Direction(JsonNode? node) => JsonRead.String(node, "order").ToLowerInvariant() switch
    {
        "asc" => false,
        "desc" => true,
        var other => throw RequestErrors.Parsing($"Unknown order direction [{other}]"),
    };
}
