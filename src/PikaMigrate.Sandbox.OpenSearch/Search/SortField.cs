using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;

namespace PikaMigrate.Sandbox.OpenSearch.Search;

/// <summary>One <c>sort</c> entry: a field (or <c>_score</c>, <c>_doc</c>), order, missing, unmapped_type and mode.</summary>
internal sealed record SortField(string Field, bool Descending, JsonNode? Missing, string? UnmappedType, string? Mode)
{
    public bool IsScore => Field == "_score";

    public bool IsDoc => Field is "_doc" or "_shard_doc";

    public bool MissingFirst => Missing is not null && JsonRead.ScalarText(Missing) == "_first";

    public bool HasMissingValue => Missing is not null && JsonRead.ScalarText(Missing) is not ("_first" or "_last");

    public static IReadOnlyList<SortField> ParseList(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => [.. array.Select(Parse)],
        _ => [Parse(node)],
    };

    /// <summary>The URL form <c>sort=a:desc,b</c>.</summary>
    public static IReadOnlyList<SortField> ParseUrl(string text) =>
    [
        .. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(part =>
        {
            var colon = part.LastIndexOf(':');
            var field = colon < 0 ? part : part[..colon];
            var order = colon < 0 ? null : part[(colon + 1)..];
            return new SortField(field, order is null ? field == "_score" : Order(order), null, null, null);
        }),
    ];

    private static SortField Parse(JsonNode? node)
    {
        switch (node)
        {
            case JsonValue v when JsonRead.IsString(v):
                var name = v.GetValue<string>();
                return new SortField(name, name == "_score", null, null, null);
            case JsonObject { Count: 1 } obj:
                var (field, spec) = obj.First();
                if (field is "_geo_distance" or "_script")
                {
                    throw RequestErrors.Unsupported($"[{field}] sort");
                }

                if (JsonRead.IsString(spec))
                {
                    return new SortField(field, Order(spec!.GetValue<string>()), null, null, null);
                }

                if (spec is not JsonObject options)
                {
                    throw RequestErrors.Parsing($"[{field}] sort must be a string or an object");
                }

                var descending = field == "_score";
                JsonNode? missing = null;
                string? unmapped = null, mode = null;
                foreach (var (key, value) in options)
                {
                    switch (key)
                    {
                        case "order":
                            descending = Order(JsonRead.String(value, key));
                            break;
                        case "missing":
                            missing = value?.DeepClone();
                            break;
                        case "unmapped_type":
                            unmapped = JsonRead.String(value, key);
                            break;
                        case "mode":
                            mode = JsonRead.String(value, key);
                            if (mode is not ("min" or "max" or "sum" or "avg" or "median"))
                            {
                                throw RequestErrors.IllegalArgument($"Unknown SortMode [{mode}]");
                            }

                            break;
                        case "numeric_type" or "format" or "nested" or "nested_path" or "nested_filter":
                            throw RequestErrors.Unsupported($"the sort option [{key}]");
                        default:
                            throw RequestErrors.Parsing($"[field_sort] unknown field [{key}]");
                    }
                }

                return new SortField(field, descending, missing, unmapped, mode);
            default:
                throw RequestErrors.Parsing("malformed sort format, within the sort array, an object, or an actual string are allowed");
        }
    }

    private static bool Order(string order) => order.ToLowerInvariant() switch
    {
        "asc" => false,
        "desc" => true,
        _ => throw RequestErrors.IllegalArgument($"No enum constant org.opensearch.search.sort.SortOrder.{order.ToUpperInvariant()}"),
    };
}
