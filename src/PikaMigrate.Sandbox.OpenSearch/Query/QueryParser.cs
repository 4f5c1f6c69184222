using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;

namespace PikaMigrate.Sandbox.OpenSearch.Query;

/// <summary>The query DSL: <c>{"&lt;type&gt;": {...}}</c> into query nodes; unknown types and unsupported ones are 400s that name them.</summary>
internal static class QueryParser
{
    private static readonly HashSet<string> Unsupported = new(StringComparer.Ordinal)
    {
        "nested", "query_string", "simple_query_string", "multi_match", "match_phrase", "match_phrase_prefix", "match_bool_prefix", "regexp",
        "fuzzy", "script", "script_score", "function_score", "dis_max", "boosting", "more_like_this", "geo_distance", "geo_bounding_box",
        "geo_polygon", "geo_shape", "shape", "has_child", "has_parent", "parent_id", "intervals", "span_term", "span_near", "span_or",
        "span_not", "span_first", "span_containing", "span_within", "span_multi", "field_masking_span", "terms_set", "distance_feature",
        "rank_feature", "wrapper", "percolate", "combined_fields", "neural", "knn", "pinned", "hybrid", "template", "type",
    };

    public static IQueryNode Parse(JsonNode? node)
    {
        if (node is not JsonObject clause)
        {
            throw RequestErrors.Parsing("[_na] query malformed, must start with start_object");
        }

        if (clause.Count != 1)
        {
            throw RequestErrors.Parsing(clause.Count == 0
                ? "query malformed, empty clause found"
                : $"[{clause.ElementAt(0).Key}] malformed query, expected [END_OBJECT] but found [FIELD_NAME]");
        }

        var (type, body) = clause.First();
        return type switch
        {
            "match_all" => new MatchAllQuery(Boost(Object(body, type), type)),
            "match_none" => new MatchNoneQuery(),
            "term" => TermQuery.Parse(body),
            "terms" => TermsQuery.Parse(body),
            "match" => MatchQuery.Parse(body),
            "bool" => BoolQuery.Parse(body),
            "exists" => ExistsQuery.Parse(body),
            "range" => RangeQuery.Parse(body),
            "ids" => IdsQuery.Parse(body),
            "prefix" => PatternQuery.Parse(body, type),
            "wildcard" => PatternQuery.Parse(body, type),
            "constant_score" => ConstantScoreQuery.Parse(body),
            _ when Unsupported.Contains(type) => throw RequestErrors.Unsupported($"the [{type}] query"),
            _ => throw RequestErrors.Parsing($"unknown query [{type}]"),
        };
    }

    public static JsonObject Object(JsonNode? node, string query) =>
        node as JsonObject ?? throw RequestErrors.Parsing($"[{query}] query malformed, no start_object after query name");

    /// <summary>Reads <c>boost</c> and rejects <c>_name</c> (named queries are not implemented).</summary>
    public static double Boost(JsonObject body, string query)
    {
        if (body.ContainsKey("_name"))
        {
            throw RequestErrors.Unsupported($"named queries (_name in [{query}])");
        }

        return body["boost"] is { } boost ? JsonRead.Double(boost, "boost") : 1.0;
    }

    /// <summary><c>{"field": value}</c> or <c>{"field": {"value": ..., options}}</c>: the one field of a term-level query.</summary>
    public static (string Field, JsonNode? Value, JsonObject? Options) FieldClause(JsonNode? node, string query, string valueKey)
    {
        var body = Object(node, query);
        string? field = null;
        JsonNode? value = null;
        JsonObject? options = null;
        foreach (var (key, item) in body)
        {
            if (key is "boost" or "_name")
            {
                continue;
            }

            if (field is not null)
            {
                throw RequestErrors.Parsing($"[{query}] query doesn't support multiple fields, found [{field}] and [{key}]");
            }

            field = key;
            if (item is JsonObject o)
            {
                options = o;
                value = o[valueKey];
                if (value is null && !o.ContainsKey(valueKey))
                {
                    throw RequestErrors.Parsing($"[{query}] query does not support [{string.Join(", ", o.Select(kv => kv.Key))}]");
                }
            }
            else
            {
                value = item;
            }
        }

        return field is null ? throw RequestErrors.IllegalArgument($"field name is null or empty") : (field, value, options);
    }
}
