using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PikaMigrate.Sandbox.OpenSearch.Dates;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.OpenSearch.Mapping;
using PikaMigrate.Sandbox.OpenSearch.Query;
using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.OpenSearch.Aggregations;

/// <summary>
/// <c>terms</c>: one bucket per distinct value (a document counts once per value), <c>missing</c> for documents
/// without one (also on unmapped fields), ordered by count desc then key, the rest summed in <c>sum_other_doc_count</c>.
/// </summary>
internal sealed class TermsAggregation : AggregationNode
{
    private static readonly string[] Keys =
        ["field", "size", "shard_size", "min_doc_count", "shard_min_doc_count", "missing", "order", "include", "exclude", "show_term_doc_count_error", "execution_hint", "collect_mode", "value_type", "format"];

    private TermsAggregation(string name, JsonObject? meta, IReadOnlyList<AggregationNode> subs) : base(name, meta, subs)
    {
    }

    private string Field { get; set; } = "";

    private int Size { get; set; } = 10;

    private long MinDocCount { get; set; } = 1;

    private JsonNode? Missing { get; set; }

    private IReadOnlyList<BucketOrder> Order { get; set; } = [];

    private Func<string, bool>? Include { get; set; }

    private Func<string, bool>? Exclude { get; set; }

    private bool ShowError { get; set; }

    private string? Format { get; set; }

    public static TermsAggregation Parse(string name, JsonObject? meta, IReadOnlyList<AggregationNode> subs, JsonObject body)
    {
        var aggregation = new TermsAggregation(name, meta, subs);
        foreach (var (key, value) in body)
        {
            switch (key)
            {
                case "field":
                    aggregation.Field = JsonRead.String(value, key);
                    break;
                case "size":
                    aggregation.Size = Positive(JsonRead.Int(value, key), "size");
                    break;
                case "min_doc_count":
                    aggregation.MinDocCount = JsonRead.Long(value, key);
                    break;
                case "missing":
                    aggregation.Missing = value?.DeepClone();
                    break;
                case "order":
                    aggregation.Order = BucketOrder.Parse(value);
                    break;
                case "include":
                    aggregation.Include = Filter(value, "include");
                    break;
                case "exclude":
                    aggregation.Exclude = Filter(value, "exclude");
                    break;
                case "show_term_doc_count_error":
                    aggregation.ShowError = JsonRead.Bool(value, key);
                    break;
                case "format":
                    aggregation.Format = JsonRead.String(value, key);
                    break;
                case "shard_size" or "shard_min_doc_count" or "execution_hint" or "collect_mode" or "value_type":
                    break;
                case "script":
                    throw RequestErrors.Unsupported("scripts in aggregations");
                default:
                    throw RequestErrors.Parsing($"[terms] unknown field [{key}]{DidYouMean.Suffix(key, Keys)}");
            }
        }

        if (aggregation.Field.Length == 0)
        {
            throw RequestErrors.MissingAggregationField();
        }

        return aggregation;
    }

    public override void Validate(QueryContext context)
    {
        if (ValuesSource.Resolve(context, Field, "terms", numericOnly: false).Field?.Family == FieldFamily.Date && Format is not null)
        {
            AggregationFormat.Date(Format);
        }

        foreach (var order in Order)
        {
            order.Validate(SubAggregations);
        }
        base.Validate(context);
    }

    public override (string TypedName, JsonObject Body) Compute(IReadOnlyList<DocSet> sets, AggregationContext context)
    {
        var buckets = new Dictionary<BucketKey, BucketDocs>();
        FieldMapper? mapper = null;
        var sources = sets.Select(s => ValuesSource.Resolve(context.For(s.Index), Field, "terms", false)).ToList();
        var numeric = sources.Any(s => s.IsNumeric);
        mapper = sources.FirstOrDefault(s => s.Field is not null)?.Field?.Mapper;
        BucketKey? missingKey = Missing is null ? null : MissingKey(mapper, numeric);
        for (var i = 0; i < sets.Count; i++)
        {
            var source = sources[i];
            foreach (var doc in sets[i].Docs)
            {
                var added = false;
                if (source.IsNumeric)
                {
                    if (source.Numbers(doc) is { } numbers)
                    {
                        foreach (var n in numbers.Distinct())
                        {
                            BucketDocs.In(buckets, BucketKey.Of(n), sets.Count).Add(i, doc);
                            added = true;
                        }
                    }
                }
                else if (source.Terms(doc) is { } terms)
                {
                    foreach (var t in terms.Length == 1 ? terms : terms.Distinct())
                    {
                        BucketDocs.In(buckets, BucketKey.Of(t), sets.Count).Add(i, doc);
                        added = true;
                    }
                }

                if (!added && missingKey is { } mk)
                {
                    BucketDocs.In(buckets, mk, sets.Count).Add(i, doc);
                }
            }

            if (MinDocCount == 0 && source.Field is { } field)
            {
                foreach (var doc in sets[i].View.Documents)
                {
                    foreach (var key in source.IsNumeric ? (source.Numbers(doc) ?? []).Select(BucketKey.Of) : (source.Terms(doc) ?? []).Select(BucketKey.Of))
                    {
                        BucketDocs.In(buckets, key, sets.Count);
                    }
                }
            }
        }

        var candidates = buckets.Where(kv => kv.Value.Count >= MinDocCount && Accepts(kv.Key)).ToList();
        var bySubAggregation = Order.Any(o => !o.IsCount && !o.IsKey);
        var built = new Dictionary<BucketKey, JsonObject>();
        if (bySubAggregation)
        {
            foreach (var (key, docs) in candidates)
            {
                built[key] = BucketJson(key, docs, sets, context, mapper, numeric);
            }
        }

        candidates.Sort(Comparer(built));
        var top = candidates.Take(Size).ToList();
        context.AddBuckets(top.Count);
        var otherCount = candidates.Skip(Size).Sum(kv => kv.Value.Count);
        var bucketArray = new JsonArray();
        foreach (var (key, docs) in top)
        {
            bucketArray.Add(built.TryGetValue(key, out var json) ? json : BucketJson(key, docs, sets, context, mapper, numeric));
        }

        var body = new JsonObject
        {
            ["doc_count_error_upper_bound"] = 0,
            ["sum_other_doc_count"] = otherCount,
            ["buckets"] = bucketArray,
        };
        return (TypedName(mapper, numeric), body);
    }

    private static string TypedName(FieldMapper? mapper, bool numeric) => !numeric || mapper is null
        ? "sterms"
        : IsIntegral(mapper) ? "lterms" : "dterms";

    private static bool IsIntegral(FieldMapper? mapper) =>
        mapper is not null && (mapper.Type.IsInteger || mapper.Family is FieldFamily.Date or FieldFamily.Boolean);

    private JsonObject BucketJson(BucketKey key, BucketDocs docs, IReadOnlyList<DocSet> sets, AggregationContext context, FieldMapper? mapper, bool numeric)
    {
        var json = new JsonObject { ["key"] = key.ToJson(numeric && IsIntegral(mapper)) };
        if (numeric && mapper is { Family: FieldFamily.Date })
        {
            var format = Format is null ? mapper.DateFormat : AggregationFormat.Date(Format);
            json["key_as_string"] = format.Format((long)key.Number, TimeZoneInfo.Utc);
        }
        else if (numeric && mapper is { Family: FieldFamily.Boolean })
        {
            json["key_as_string"] = key.Number != 0 ? "true" : "false";
        }

        json["doc_count"] = docs.Count;
        if (ShowError)
        {
            json["doc_count_error_upper_bound"] = 0;
        }

        ComputeAll(SubAggregations, docs.ToSets(sets), context, json);
        return json;
    }

    private Comparison<KeyValuePair<BucketKey, BucketDocs>> Comparer(Dictionary<BucketKey, JsonObject> built) =>
        BucketOrder.Comparer<KeyValuePair<BucketKey, BucketDocs>>(
            Order.Count == 0 ? [BucketOrder.CountDescending] : Order, b => b.Value.Count, (a, b) => a.Key.CompareTo(b.Key), b => built[b.Key]);

    private BucketKey MissingKey(FieldMapper? mapper, bool numeric)
    {
        if (!numeric || mapper is null)
        {
            return BucketKey.Of(JsonRead.ScalarText(Missing) ?? "");
        }

        if (mapper.Family == FieldFamily.Date && !JsonRead.IsNumber(Missing))
        {
            return BucketKey.Of(mapper.DateFormat.ParseMillis(JsonRead.ScalarText(Missing) ?? "", false, TimeZoneInfo.Utc));
        }

        if (mapper.Family == FieldFamily.Boolean)
        {
            return BucketKey.Of(JsonRead.ScalarText(Missing) == "true" ? 1 : 0);
        }

        return BucketKey.Of(JsonRead.Double(Missing, "missing"));
    }

    private bool Accepts(BucketKey key)
    {
        var text = key.Text ?? JavaText.Of(JsonValue.Create(key.Number));
        return (Include is null || Include(text)) && (Exclude is null || !Exclude(text));
    }

    private static Func<string, bool> Filter(JsonNode? node, string what)
    {
        switch (node)
        {
            case JsonArray array:
                var set = array.Select(v => JsonRead.ScalarText(v) ?? "").ToHashSet(StringComparer.Ordinal);
                return set.Contains;
            case JsonValue v when JsonRead.IsString(v):
                var pattern = v.GetValue<string>();
                try
                {
                    var regex = new Regex("^(?:" + pattern + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                    return regex.IsMatch;
                }
                catch (ArgumentException)
                {
                    // Lucene's RegExp refuses it while the request is parsed.
                    throw RequestErrors.IllegalArgument($"[{what}] is not a valid regular expression: [{pattern}]");
                }
            default:
                throw RequestErrors.Unsupported($"[{what}] partitions in terms aggregations");
        }
    }

    private static int Positive(int value, string what) =>
        value > 0 ? value : throw RequestErrors.IllegalArgument($"[{what}] must be greater than 0. Found [{value}] in [terms]");
}
