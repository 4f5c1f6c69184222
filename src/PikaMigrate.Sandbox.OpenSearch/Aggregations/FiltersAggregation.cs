using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.OpenSearch.Query;

namespace PikaMigrate.Sandbox.OpenSearch.Aggregations;

/// <summary>
/// <c>filters</c>: a bucket per named filter (keyed, sorted by name) or per filter of an array (anonymous),
/// plus <c>_other_</c> when <c>other_bucket</c> is set.
/// </summary>
internal sealed class FiltersAggregation : AggregationNode
{
    private readonly IReadOnlyList<(string? Key, IQueryNode Filter)> _filters;
    private readonly string? _otherKey;

    private FiltersAggregation(string name, JsonObject? meta, IReadOnlyList<AggregationNode> subs, IReadOnlyList<(string? Key, IQueryNode Filter)> filters, string? otherKey)
        : base(name, meta, subs)
    {
        _filters = filters;
        _otherKey = otherKey;
    }

    private bool Keyed => _filters.Count > 0 && _filters[0].Key is not null;

    public static FiltersAggregation Parse(string name, JsonObject? meta, IReadOnlyList<AggregationNode> subs, JsonObject body)
    {
        List<(string?, IQueryNode)> filters = [];
        var other = false;
        string? otherKey = null;
        foreach (var (key, value) in body)
        {
            switch (key)
            {
                case "filters" when value is JsonObject keyed:
                    filters = [.. keyed.Select(kv => ((string?)kv.Key, QueryParser.Parse(kv.Value))).OrderBy(f => f.Item1, StringComparer.Ordinal)];
                    break;
                case "filters" when value is JsonArray anonymous:
                    filters = [.. anonymous.Select(q => ((string?)null, QueryParser.Parse(q)))];
                    break;
                case "filters":
                    throw RequestErrors.Parsing("[filters] cannot be empty.");
                case "other_bucket":
                    other = JsonRead.Bool(value, key);
                    break;
                case "other_bucket_key":
                    otherKey = JsonRead.String(value, key);
                    other = true;
                    break;
                case "keyed":
                    break;
                default:
                    throw RequestErrors.Parsing($"Unknown key for a VALUE_STRING in [{key}].");
            }
        }

        return filters.Count == 0
            ? throw RequestErrors.IllegalArgument($"[filters] cannot be empty.")
            : new FiltersAggregation(name, meta, subs, filters, other ? otherKey ?? "_other_" : null);
    }

    public override void Validate(QueryContext context)
    {
        foreach (var (_, filter) in _filters)
        {
            filter.Compile(context);
        }

        base.Validate(context);
    }

    public override (string TypedName, JsonObject Body) Compute(IReadOnlyList<DocSet> sets, AggregationContext context)
    {
        var buckets = new List<(string? Key, JsonObject Bucket)>();
        var inAny = sets.Select(set => Columns.DocIdSet.Empty(set.View.Count)).ToList();
        foreach (var (key, filter) in _filters)
        {
            var matched = FilterAggregation.Select(filter, sets, context);
            for (var s = 0; s < sets.Count; s++)
            {
                foreach (var doc in matched[s].Docs)
                {
                    inAny[s].Add(doc);
                }
            }

            buckets.Add((key, Bucket(matched, context)));
        }

        if (_otherKey is not null)
        {
            var rest = sets.Select((set, s) => set.With([.. set.Docs.Where(d => !inAny[s].Contains(d))])).ToList();
            buckets.Add((_otherKey, Bucket(rest, context)));
        }

        context.AddBuckets(buckets.Count);
        JsonNode result = Keyed
            ? new JsonObject(buckets.Select(b => new KeyValuePair<string, JsonNode?>(b.Key!, b.Bucket)))
            : new JsonArray([.. buckets.Select(b => (JsonNode)b.Bucket)]);
        return ("filters", new JsonObject { ["buckets"] = result });
    }

    private JsonObject Bucket(IReadOnlyList<DocSet> matched, AggregationContext context)
    {
        var bucket = new JsonObject { ["doc_count"] = matched.Sum(s => (long)s.Docs.Length) };
        ComputeAll(SubAggregations, matched, context, bucket);
        return bucket;
    }
}
