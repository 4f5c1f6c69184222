using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PikaMigrate.Sandbox.OpenSearch.Dates;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.OpenSearch.Mapping;
using PikaMigrate.Sandbox.OpenSearch.Query;

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

    private JsonNode? Include { get; set; }

    private JsonNode? Exclude { get; set; }

    /// <summary>What an unmapped field's values are taken as (ValueType.lenientParse; an unknown name is ignored).</summary>
    private string? ValueType { get; set; }

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
                    aggregation.Include = CheckFilter(value, "include");
                    break;
                case "exclude":
                    aggregation.Exclude = CheckFilter(value, "exclude");
                    break;
                case "value_type":
                    aggregation.ValueType = JsonRead.String(value, key) switch
                    {
                        "string" => "string",
                        "double" or "float" => "double",
                        "number" or "numeric" or "long" or "integer" or "short" or "byte" => "long",
                        "date" => "date",
                        "boolean" => "boolean",
                        "ip" => throw RequestErrors.Unsupported("the value_type [ip]"),
                        _ => null,
                    };
                    break;
                case "show_term_doc_count_error":
                    aggregation.ShowError = JsonRead.Bool(value, key);
                    break;
                case "format":
                    aggregation.Format = JsonRead.String(value, key);
                    break;
                case "shard_size" or "shard_min_doc_count" or "execution_hint" or "collect_mode":
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
        var sources = sets.Select(s => ValuesSource.Resolve(context.For(s.Index), Field, "terms", false)).ToList();
        var style = KeyStyle.Of(sources, ValueType);
        var accepts = Filter(Include, style, keep: true);
        var rejects = Filter(Exclude, style, keep: false);
        BucketKey? missingKey = Missing is null ? null : MissingKey(style);
        for (var i = 0; i < sets.Count; i++)
        {
            var source = sources[i];
            var column = source.Column(sets[i].View);
            if (source.IsNumeric)
            {
                foreach (var doc in sets[i].Docs)
                {
                    var added = false;
                    foreach (var n in column.Numbers(doc).ToArray().Distinct())
                    {
                        BucketDocs.In(buckets, BucketKey.Of(n), sets.Count).Add(i, doc);
                        added = true;
                    }

                    if (!added && missingKey is { } mk)
                    {
                        BucketDocs.In(buckets, mk, sets.Count).Add(i, doc);
                    }
                }
            }
            else
            {
                // By ordinal: each distinct term's bucket is looked up once, not once per document.
                var ordinals = column.Ordinals;
                var byOrdinal = new BucketDocs?[ordinals.Terms.Length];
                foreach (var doc in sets[i].Docs)
                {
                    var terms = ordinals.Of(doc);
                    for (var t = 0; t < terms.Length; t++)
                    {
                        if (terms[..t].Contains(terms[t]))
                        {
                            continue;
                        }

                        (byOrdinal[terms[t]] ??= BucketDocs.In(buckets, BucketKey.Of(ordinals.Terms[terms[t]]), sets.Count)).Add(i, doc);
                    }

                    if (terms.Length == 0 && missingKey is { } mk)
                    {
                        BucketDocs.In(buckets, mk, sets.Count).Add(i, doc);
                    }
                }
            }

            if (MinDocCount == 0 && source.Field is not null)
            {
                var keys = source.IsNumeric
                    ? Enumerable.Range(0, sets[i].View.Count).SelectMany(doc => column.Numbers(doc).ToArray()).Select(BucketKey.Of)
                    : column.Ordinals.Terms.Select(BucketKey.Of);
                foreach (var key in keys)
                {
                    BucketDocs.In(buckets, key, sets.Count);
                }
            }
        }

        var candidates = buckets.Where(kv => kv.Value.Count >= MinDocCount && accepts(kv.Key) && !rejects(kv.Key)).ToList();
        var bySubAggregation = Order.Any(o => !o.IsCount && !o.IsKey);
        var built = new Dictionary<BucketKey, JsonObject>();
        if (bySubAggregation)
        {
            foreach (var (key, docs) in candidates)
            {
                built[key] = BucketJson(key, docs, sets, context, style);
            }
        }

        candidates.Sort(Comparer(built));
        var top = candidates.Take(Size).ToList();
        context.AddBuckets(top.Count);
        var otherCount = candidates.Skip(Size).Sum(kv => kv.Value.Count);
        var bucketArray = new JsonArray();
        foreach (var (key, docs) in top)
        {
            bucketArray.Add(built.TryGetValue(key, out var json) ? json : BucketJson(key, docs, sets, context, style));
        }

        var body = new JsonObject
        {
            ["doc_count_error_upper_bound"] = 0,
            ["sum_other_doc_count"] = otherCount,
            ["buckets"] = bucketArray,
        };
        return (!style.Numeric ? "sterms" : style.Integral ? "lterms" : "dterms", body);
    }

    private JsonObject BucketJson(BucketKey key, BucketDocs docs, IReadOnlyList<DocSet> sets, AggregationContext context, KeyStyle style)
    {
        var json = new JsonObject { ["key"] = key.ToJson(style.Numeric && style.Integral) };
        if (style.Dates is { } dates)
        {
            var format = Format is null ? dates : AggregationFormat.Date(Format);
            json["key_as_string"] = format.Format((long)key.Number, TimeZoneInfo.Utc);
        }
        else if (style.Boolean)
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

    private BucketKey MissingKey(KeyStyle style) => style switch
    {
        { Numeric: false } => BucketKey.Of(JsonRead.ScalarText(Missing) ?? ""),
        _ => NumericKey(Missing, style, "missing"),
    };

    /// <summary>A value given for a numeric, date or boolean field (missing, include, exclude), parsed as the field's format does.</summary>
    private static BucketKey NumericKey(JsonNode? value, KeyStyle style, string what)
    {
        if (style.Dates is { } dates && !JsonRead.IsNumber(value))
        {
            return BucketKey.Of(dates.ParseMillis(JsonRead.ScalarText(value) ?? "", false, TimeZoneInfo.Utc));
        }

        return style.Boolean ? BucketKey.Of(JsonRead.ScalarText(value) == "true" ? 1 : 0) : BucketKey.Of(JsonRead.Double(value, what));
    }

    /// <summary>
    /// include/exclude as a test on bucket keys: a list of values (numbers and dates parsed as the field's format
    /// does, IncludeExclude.convertToLongFilter), or a regular expression, which only string fields take.
    /// </summary>
    private Func<BucketKey, bool> Filter(JsonNode? node, KeyStyle style, bool keep)
    {
        switch (node)
        {
            case null:
                return _ => keep;
            case JsonArray array when style.Numeric:
                var numbers = array.Select(v => NumericKey(v, style, keep ? "include" : "exclude").Number).ToHashSet();
                return key => numbers.Contains(key.Number);
            case JsonArray array:
                var set = array.Select(v => JsonRead.ScalarText(v) ?? "").ToHashSet(StringComparer.Ordinal);
                return key => set.Contains(key.Text ?? "");
            case JsonValue when style.Numeric:
                throw new ShardFailureException(new ErrorCause("aggregation_execution_exception",
                    $"Aggregation [{Name}] cannot support regular expression style include/exclude settings as they can only be applied to string fields. "
                    + "Use an array of numeric values for include/exclude clauses used to filter numeric fields"), status: 500);
            default:
                var regex = Pattern(node.GetValue<string>(), keep ? "include" : "exclude");
                return key => regex.IsMatch(key.Text ?? "");
        }
    }

    /// <summary>The shape of include/exclude, checked while the request is parsed.</summary>
    private static JsonNode? CheckFilter(JsonNode? node, string what)
    {
        switch (node)
        {
            case JsonArray:
                return node.DeepClone();
            case JsonValue v when JsonRead.IsString(v):
                Pattern(v.GetValue<string>(), what);
                return node.DeepClone();
            default:
                throw RequestErrors.Unsupported($"[{what}] partitions in terms aggregations");
        }
    }

    private static Regex Pattern(string pattern, string what)
    {
        try
        {
            return new Regex("^(?:" + pattern + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException)
        {
            // Lucene's RegExp refuses it while the request is parsed.
            throw RequestErrors.IllegalArgument($"[{what}] is not a valid regular expression: [{pattern}]");
        }
    }

    /// <summary>
    /// How keys read and print: terms, or numbers (long keys when every mapped field is whole-numbered, as
    /// LongTerms reduce into DoubleTerms across indices), dates with their format, booleans. An unmapped field takes
    /// its style from value_type.
    /// </summary>
    private sealed record KeyStyle(bool Numeric, bool Integral, DateFormatter? Dates, bool Boolean)
    {
        public static KeyStyle Of(IReadOnlyList<ValuesSource> sources, string? valueType)
        {
            var mappers = sources.Where(s => s.Field is not null).Select(s => s.Field!.Mapper).ToList();
            if (mappers.Count == 0)
            {
                return valueType switch
                {
                    "long" => new KeyStyle(true, true, null, false),
                    "double" => new KeyStyle(true, false, null, false),
                    "date" => new KeyStyle(true, true, DateFormatter.Default, false),
                    "boolean" => new KeyStyle(true, true, null, true),
                    _ => new KeyStyle(false, false, null, false),
                };
            }

            if (!sources.Any(s => s.IsNumeric))
            {
                return new KeyStyle(false, false, null, false);
            }

            var first = mappers[0];
            return new KeyStyle(true, mappers.All(IsIntegral), first.Family == FieldFamily.Date ? first.DateFormat : null, first.Family == FieldFamily.Boolean);
        }

        private static bool IsIntegral(FieldMapper mapper) => mapper.Type.IsInteger || mapper.Family is FieldFamily.Date or FieldFamily.Boolean;
    }

    private static int Positive(int value, string what) =>
        value > 0 ? value : throw RequestErrors.IllegalArgument($"[{what}] must be greater than 0. Found [{value}] in [terms]");
}
