using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.OpenSearch.Query;

namespace PikaMigrate.Sandbox.OpenSearch.Aggregations;

/// <summary><c>aggs</c>: name → <c>{"&lt;type&gt;": {...}, "aggs": {...}, "meta": {...}}</c>.</summary>
internal static class AggregationParser
{
    private static readonly HashSet<string> Unsupported = new(StringComparer.Ordinal)
    {
        "histogram", "range", "date_range", "ip_range", "global", "nested", "reverse_nested", "top_hits", "percentiles", "percentile_ranks",
        "extended_stats", "geo_bounds", "geo_centroid", "geohash_grid", "geotile_grid", "scripted_metric", "significant_terms", "significant_text",
        "sampler", "diversified_sampler", "composite", "adjacency_matrix", "auto_date_histogram", "variable_width_histogram", "rare_terms",
        "multi_terms", "weighted_avg", "median_absolute_deviation", "matrix_stats", "avg_bucket", "sum_bucket", "max_bucket", "min_bucket",
        "stats_bucket", "extended_stats_bucket", "percentiles_bucket", "bucket_script", "bucket_selector", "bucket_sort", "cumulative_sum",
        "derivative", "moving_avg", "moving_fn", "serial_diff", "children", "parent", "string_stats", "t_test", "top_metrics",
    };

    public static IReadOnlyList<AggregationNode> ParseAll(JsonNode? node)
    {
        if (node is not JsonObject aggregations)
        {
            throw RequestErrors.Parsing("Expected [START_OBJECT] under [aggregations], but got a [VALUE_STRING] in [aggregations]");
        }

        return [.. aggregations.Select(kv => Parse(kv.Key, kv.Value))];
    }

    private static AggregationNode Parse(string name, JsonNode? node)
    {
        if (name.IndexOfAny(['[', ']', '>']) >= 0)
        {
            throw RequestErrors.Parsing($"Invalid aggregation name [{name}]. Aggregation names can contain any character except '[', ']', and '>'");
        }

        if (node is not JsonObject definition)
        {
            throw RequestErrors.Parsing($"Aggregation definition for [{name} starts with a [VALUE_STRING], expected a [START_OBJECT].");
        }

        string? type = null;
        JsonObject? body = null, meta = null;
        IReadOnlyList<AggregationNode> subs = [];
        foreach (var (key, value) in definition)
        {
            switch (key)
            {
                case "aggs" or "aggregations":
                    subs = ParseAll(value);
                    break;
                case "meta":
                    meta = JsonRead.Object(value, "meta");
                    break;
                default:
                    if (type is not null)
                    {
                        throw RequestErrors.Parsing($"Found two aggregation type definitions in [{name}]: [{type}] and [{key}]");
                    }

                    type = key;
                    body = value as JsonObject ?? throw RequestErrors.Parsing($"Expected [START_OBJECT] under [{key}], but got a [VALUE_STRING] in [{name}]");
                    break;
            }
        }

        if (type is null || body is null)
        {
            throw RequestErrors.Parsing($"Missing definition for aggregation [{name}]");
        }

        if (MetricAggregation.Types.Contains(type))
        {
            return subs.Count > 0
                ? throw new OpenSearchException(400, new ErrorCause("aggregation_initialization_exception", $"Aggregator [{name}] of type [{type}] cannot accept sub-aggregations"))
                : MetricAggregation.Parse(type, name, meta, body);
        }

        return type switch
        {
            "terms" => TermsAggregation.Parse(name, meta, subs, body),
            "date_histogram" => DateHistogramAggregation.Parse(name, meta, subs, body),
            "filter" => new FilterAggregation(name, meta, subs, QueryParser.Parse(body)),
            "filters" => FiltersAggregation.Parse(name, meta, subs, body),
            "missing" => MissingAggregation.Parse(name, meta, subs, body),
            _ when Unsupported.Contains(type) => throw RequestErrors.Unsupported($"the [{type}] aggregation"),
            _ => throw RequestErrors.Parsing($"Unknown aggregation type [{type}]"),
        };
    }
}
