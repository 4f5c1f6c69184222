using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Columns;
using PikaMigrate.Sandbox.OpenSearch.Dates;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.OpenSearch.Mapping;
using PikaMigrate.Sandbox.OpenSearch.Query;

namespace PikaMigrate.Sandbox.OpenSearch.Aggregations;

/// <summary>
/// <c>date_histogram</c>: buckets by calendar or fixed interval, keys in epoch millis with <c>key_as_string</c>;
/// with min_doc_count 0 (the default) the empty buckets between the first and last (or the extended bounds) are filled in.
/// </summary>
internal sealed class DateHistogramAggregation(string name, JsonObject? meta, IReadOnlyList<AggregationNode> subs) : AggregationNode(name, meta, subs)
{
    private static readonly string[] Keys =
        ["field", "calendar_interval", "fixed_interval", "interval", "format", "time_zone", "offset", "min_doc_count", "extended_bounds", "hard_bounds", "order", "keyed", "missing"];

    private string Field { get; set; } = "";

    private DateInterval Interval { get; set; } = null!;

    private string? Format { get; set; }

    private long MinDocCount { get; set; }

    private JsonObject? ExtendedBounds { get; set; }

    private JsonObject? HardBounds { get; set; }

    private IReadOnlyList<BucketOrder> Order { get; set; } = [];

    private bool Keyed { get; set; }

    private JsonNode? Missing { get; set; }

    public static DateHistogramAggregation Parse(string name, JsonObject? meta, IReadOnlyList<AggregationNode> subs, JsonObject body)
    {
        var aggregation = new DateHistogramAggregation(name, meta, subs);
        JsonNode? calendar = null, fixedInterval = null, legacy = null;
        string? timeZone = null;
        JsonNode? offset = null;
        foreach (var (key, value) in body)
        {
            switch (key)
            {
                case "field":
                    aggregation.Field = JsonRead.String(value, key);
                    break;
                case "calendar_interval":
                    calendar = value;
                    break;
                case "fixed_interval":
                    fixedInterval = value;
                    break;
                case "interval":
                    legacy = value;
                    break;
                case "format":
                    aggregation.Format = JsonRead.String(value, key);
                    break;
                case "time_zone":
                    timeZone = JsonRead.String(value, key);
                    break;
                case "offset":
                    offset = value;
                    break;
                case "min_doc_count":
                    aggregation.MinDocCount = JsonRead.Long(value, key);
                    break;
                case "extended_bounds":
                    aggregation.ExtendedBounds = JsonRead.Object(value, key);
                    break;
                case "hard_bounds":
                    aggregation.HardBounds = JsonRead.Object(value, key);
                    break;
                case "order":
                    aggregation.Order = BucketOrder.Parse(value);
                    break;
                case "keyed":
                    aggregation.Keyed = JsonRead.Bool(value, key);
                    break;
                case "missing":
                    aggregation.Missing = value?.DeepClone();
                    break;
                case "script":
                    throw RequestErrors.Unsupported("scripts in aggregations");
                default:
                    throw RequestErrors.Parsing($"[date_histogram] unknown field [{key}]{DidYouMean.Suffix(key, Keys)}");
            }
        }

        if (aggregation.Field.Length == 0)
        {
            throw RequestErrors.MissingAggregationField();
        }

        try
        {
            aggregation.Interval = new DateIntervalBuilder(calendar, fixedInterval, legacy, timeZone, offset).Build();
            if (aggregation.Format is not null)
            {
                DateFormatter.Of(aggregation.Format);
            }
        }
        catch (DateParseException e)
        {
            throw RequestErrors.IllegalArgument(e.Message);
        }

        return aggregation;
    }

    public override void Validate(QueryContext context)
    {
        ValuesSource.Resolve(context, Field, "date_histogram", numericOnly: true);
        foreach (var order in Order)
        {
            order.Validate(SubAggregations);
        }
        base.Validate(context);
    }

    public override (string TypedName, JsonObject Body) Compute(IReadOnlyList<DocSet> sets, AggregationContext context)
    {
        var buckets = new SortedDictionary<long, BucketDocs>();
        DateFormatter? fieldFormat = null;
        for (var i = 0; i < sets.Count; i++)
        {
            var source = ValuesSource.Resolve(context.For(sets[i].Index), Field, "date_histogram", numericOnly: true);
            fieldFormat ??= source.Field?.Mapper.Family == FieldFamily.Date ? source.Field.Mapper.DateFormat : null;
            long? missing = Missing is null ? null : Bound(Missing, source.Field?.Mapper, context);
            if (source.IsUnmapped && missing is null)
            {
                continue;
            }

            var column = source.Column(sets[i].View);
            var rounded = column.Rounded(Interval);
            var byKey = new Dictionary<long, BucketDocs>();
            foreach (var doc in sets[i].Docs)
            {
                var values = column.Numbers(doc);
                if (values.IsEmpty)
                {
                    if (missing is { } m)
                    {
                        BucketDocs.In(buckets, Interval.Round(m), sets.Count).Add(i, doc);
                    }

                    continue;
                }

                // A document counts once per run of equal keys (its values ascend, so once per bucket).
                long? last = null;
                for (var v = 0; v < values.Length; v++)
                {
                    var key = rounded.Key(doc, v);
                    if (key != last)
                    {
                        ref var bucket = ref CollectionsMarshal.GetValueRefOrAddDefault(byKey, key, out _);
                        (bucket ??= BucketDocs.In(buckets, key, sets.Count)).Add(i, doc);
                        last = key;
                    }
                }
            }
        }

        var formatter = Format is null ? fieldFormat ?? DateFormatter.Default : DateFormatter.Of(Format);
        if (MinDocCount == 0)
        {
            Fill(buckets, sets.Count, context);
        }

        var entries = buckets.Where(kv => kv.Value.Count >= MinDocCount && InHardBounds(kv.Key, context)).ToList();
        context.AddBuckets(entries.Count);
        var built = entries.ToDictionary(kv => kv.Key, kv => BucketJson(kv.Key, kv.Value, sets, context, formatter));
        if (Order.Count > 0)
        {
            entries.Sort(BucketOrder.Comparer<KeyValuePair<long, BucketDocs>>(Order, b => b.Value.Count, (a, b) => a.Key.CompareTo(b.Key), b => built[b.Key]));
        }

        JsonNode result;
        if (Keyed)
        {
            // Keys formatted alike (a format such as "e") collide in JSON: the last bucket wins.
            var keyed = new JsonObject();
            foreach (var (key, _) in entries)
            {
                keyed[formatter.Format(key, Interval.Zone)] = built[key];
            }

            result = keyed;
        }
        else
        {
            result = new JsonArray([.. entries.Select(kv => (JsonNode)built[kv.Key])]);
        }

        return ("date_histogram", new JsonObject { ["buckets"] = result });
    }

    private JsonObject BucketJson(long key, BucketDocs docs, IReadOnlyList<DocSet> sets, AggregationContext context, DateFormatter formatter)
    {
        var json = new JsonObject
        {
            ["key_as_string"] = formatter.Format(key, Interval.Zone),
            ["key"] = key,
            ["doc_count"] = docs.Count,
        };
        ComputeAll(SubAggregations, docs.ToSets(sets), context, json);
        return json;
    }

    private void Fill(SortedDictionary<long, BucketDocs> buckets, int sets, AggregationContext context)
    {
        long? min = buckets.Count > 0 ? buckets.Keys.First() : null;
        long? max = buckets.Count > 0 ? buckets.Keys.Last() : null;
        if (ExtendedBounds is not null)
        {
            if (ExtendedBounds["min"] is { } lo && Bound(lo, null, context) is { } low)
            {
                var rounded = Interval.Round(low);
                min = min is null ? rounded : Math.Min(min.Value, rounded);
            }

            if (ExtendedBounds["max"] is { } hi && Bound(hi, null, context) is { } high)
            {
                var rounded = Interval.Round(high);
                max = max is null ? rounded : Math.Max(max.Value, rounded);
            }
        }

        if (min is null || max is null)
        {
            return;
        }

        var count = 0;
        for (var key = min.Value; key <= max.Value; key = Interval.Next(key))
        {
            if (++count > AggregationContext.MaxBuckets)
            {
                context.AddBuckets(count);
            }

            BucketDocs.In(buckets, key, sets);
        }
    }

    private bool InHardBounds(long key, AggregationContext context)
    {
        if (HardBounds is null)
        {
            return true;
        }

        var min = HardBounds["min"] is { } lo ? Bound(lo, null, context) : null;
        var max = HardBounds["max"] is { } hi ? Bound(hi, null, context) : null;
        return (min is null || Interval.Next(key) > min) && (max is null || key <= max);
    }

    private long? Bound(JsonNode node, FieldMapper? mapper, AggregationContext context)
    {
        if (JsonRead.IsNumber(node))
        {
            return JsonRead.TruncatedLong(node.AsValue());
        }

        var text = JsonRead.ScalarText(node);
        if (text is null)
        {
            return null;
        }

        var formatter = Format is null ? mapper?.DateFormat ?? DateFormatter.Default : DateFormatter.Of(Format);
        try
        {
            return DateMath.Parse(text, formatter, roundUp: false, Interval.Zone, context.NowMillis);
        }
        catch (DateParseException e)
        {
            throw new ShardFailureException(new ErrorCause("parse_exception", string.Create(CultureInfo.InvariantCulture, $"failed to parse date field [{text}] with format [{formatter.Pattern}]: [{e.Message}]")));
        }
    }
}
