using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Dates;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.OpenSearch.Mapping;
using PikaMigrate.Sandbox.OpenSearch.Query;

namespace PikaMigrate.Sandbox.OpenSearch.Aggregations;

/// <summary>
/// Single-field metrics: sum, avg, min, max and stats (numeric, date or boolean fields; doubles printed the Java way,
/// null when there is no value), value_count and cardinality (any field with doc values; exact counts).
/// </summary>
internal sealed class MetricAggregation(string type, string name, JsonObject? meta) : AggregationNode(name, meta, [])
{
    public static readonly string[] Types = ["sum", "avg", "min", "max", "value_count", "cardinality", "stats"];

    private string Field { get; set; } = "";

    private JsonNode? Missing { get; set; }

    private string? Format { get; set; }

    private static readonly string[] StatsMetrics = ["count", "min", "max", "avg", "sum"];

    public override AggregationShape Shape => type == "stats" ? AggregationShape.MultiValueMetric : AggregationShape.SingleValueMetric;

    private bool NumericOnly => type is not ("value_count" or "cardinality");

    public override bool HasMetric(string name) => type == "stats" && StatsMetrics.Contains(name);

    public static MetricAggregation Parse(string type, string name, JsonObject? meta, JsonObject body)
    {
        var aggregation = new MetricAggregation(type, name, meta);
        foreach (var (key, value) in body)
        {
            switch (key)
            {
                case "field":
                    aggregation.Field = JsonRead.String(value, key);
                    break;
                case "missing":
                    aggregation.Missing = value?.DeepClone();
                    break;
                case "format":
                    aggregation.Format = JsonRead.String(value, key);
                    break;
                case "precision_threshold" when type == "cardinality":
                    // Counting is exact here; the threshold is still checked as CardinalityAggregationBuilder does.
                    if (JsonRead.Long(value, key) < 0)
                    {
                        throw RequestErrors.IllegalArgument($"[precisionThreshold] must be greater than or equal to 0. Found [{JsonRead.Long(value, key)}] in [{name}]");
                    }

                    break;
                case "execution_hint" when type == "cardinality":
                case "value_type":
                    break;
                case "script":
                    throw RequestErrors.Unsupported("scripts in aggregations");
                default:
                    throw RequestErrors.Parsing($"[{type}] unknown field [{key}]");
            }
        }

        return aggregation.Field.Length == 0
            ? throw RequestErrors.MissingAggregationField()
            : aggregation;
    }

    public override void Validate(QueryContext context)
    {
        if (ValuesSource.Resolve(context, Field, type, NumericOnly).Field?.Family == FieldFamily.Date && Format is not null)
        {
            AggregationFormat.Date(Format);
        }
    }

    public override (string TypedName, JsonObject Body) Compute(IReadOnlyList<DocSet> sets, AggregationContext context)
    {
        long count = 0;
        var total = default(CompensatedSum);
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        var distinctTerms = type == "cardinality" ? new HashSet<string>(StringComparer.Ordinal) : null;
        var distinctNumbers = type == "cardinality" ? new HashSet<double>() : null;
        long distinctOrdinals = 0;
        FieldMapper? mapper = null;
        foreach (var set in sets)
        {
            var source = ValuesSource.Resolve(context.For(set.Index), Field, type, NumericOnly);
            mapper ??= source.Field?.Mapper;
            var column = source.Column(set.View);
            if (source.IsNumeric || (source.IsUnmapped && NumericOnly))
            {
                double[]? missing = null;
                foreach (var doc in set.Docs)
                {
                    var numbers = column.Numbers(doc);
                    if (numbers.IsEmpty)
                    {
                        if (Missing is null)
                        {
                            continue;
                        }

                        numbers = missing ??= [MissingNumber(mapper)];
                    }

                    foreach (var n in numbers)
                    {
                        count++;
                        total.Add(n);
                        min = Math.Min(min, n);
                        max = Math.Max(max, n);
                        distinctNumbers?.Add(n);
                    }
                }
            }
            else if (distinctTerms is not null && !source.IsUnmapped && Missing is null)
            {
                // Cardinality by ordinals; across several indices the distinct terms themselves are merged.
                var ordinals = column.Ordinals;
                var seen = new bool[ordinals.Terms.Length];
                var newlySeen = new List<int>();
                foreach (var doc in set.Docs)
                {
                    foreach (var ordinal in ordinals.Of(doc))
                    {
                        count++;
                        if (!seen[ordinal])
                        {
                            seen[ordinal] = true;
                            newlySeen.Add(ordinal);
                        }
                    }
                }

                if (sets.Count == 1)
                {
                    distinctOrdinals = newlySeen.Count;
                }
                else
                {
                    distinctTerms.UnionWith(newlySeen.Select(o => ordinals.Terms[o]));
                }
            }
            else
            {
                foreach (var doc in set.Docs)
                {
                    var terms = column.Terms(doc) ?? (Missing is null ? null : [JsonRead.ScalarText(Missing) ?? ""]);
                    if (terms is null)
                    {
                        continue;
                    }

                    count += terms.Length;
                    distinctTerms?.UnionWith(terms);
                }
            }
        }

        var sum = total.Value;
        var formatter = Format is not null ? AggregationFormat.Date(Format) : mapper is { Family: FieldFamily.Date } ? mapper.DateFormat : null;
        var body = new JsonObject();
        switch (type)
        {
            case "value_count":
                body["value"] = count;
                break;
            case "cardinality":
                body["value"] = distinctOrdinals + (distinctTerms?.Count ?? 0) + (distinctNumbers?.Count ?? 0);
                break;
            case "stats":
                body["count"] = count;
                body["min"] = count == 0 ? null : JavaNumber.Double(min);
                body["max"] = count == 0 ? null : JavaNumber.Double(max);
                body["avg"] = count == 0 ? null : JavaNumber.Double(sum / count);
                body["sum"] = JavaNumber.Double(sum);
                if (count > 0 && formatter is not null)
                {
                    body["min_as_string"] = formatter.Format((long)min, TimeZoneInfo.Utc);
                    body["max_as_string"] = formatter.Format((long)max, TimeZoneInfo.Utc);
                    body["avg_as_string"] = formatter.Format((long)(sum / count), TimeZoneInfo.Utc);
                    body["sum_as_string"] = formatter.Format((long)sum, TimeZoneInfo.Utc);
                }

                break;
            default:
                double? value = type switch
                {
                    "sum" => sum,
                    "avg" => count == 0 ? null : sum / count,
                    "min" => count == 0 ? null : min,
                    _ => count == 0 ? null : max,
                };
                body["value"] = value is { } v ? JavaNumber.Double(v) : null;
                if (value is { } shown && formatter is not null && (count > 0 || type == "sum"))
                {
                    body["value_as_string"] = formatter.Format((long)shown, TimeZoneInfo.Utc);
                }

                break;
        }

        return (type, body);
    }

    private double MissingNumber(FieldMapper? mapper)
    {
        if (JsonRead.IsNumber(Missing))
        {
            return Missing!.GetValue<double>();
        }

        var text = JsonRead.ScalarText(Missing) ?? "";
        return mapper?.Family switch
        {
            FieldFamily.Date => mapper.DateFormat.ParseMillis(text, false, TimeZoneInfo.Utc),
            FieldFamily.Boolean => text == "true" ? 1 : 0,
            _ => JsonRead.Double(Missing, "missing"),
        };
    }
}
