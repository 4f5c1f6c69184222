using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Documents;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.OpenSearch.Mapping;
using PikaMigrate.Sandbox.OpenSearch.Query;
using PikaMigrate.Sandbox.OpenSearch.Text;

namespace PikaMigrate.Sandbox.OpenSearch.Search;

/// <summary>
/// One sort field resolved against an index: how to read a document's sort value, how values compare, and how
/// they print in <c>sort</c> (and parse back from <c>search_after</c>).
/// </summary>
internal sealed class SortSource
{
    private readonly SortField _sort;
    private readonly MappedField? _field;
    private readonly string _kind;

    private SortSource(SortField sort, MappedField? field, string kind)
    {
        _sort = sort;
        _field = field;
        _kind = kind;
    }

    public SortField Sort => _sort;

    private bool Integral => _kind is "long" or "_doc";

    /// <exception cref="ShardFailureException">Unmapped without unmapped_type, or a text field without fielddata.</exception>
    public static SortSource Resolve(QueryContext context, SortField sort)
    {
        if (sort.IsScore)
        {
            return new SortSource(sort, null, "_score");
        }

        if (sort.IsDoc)
        {
            return new SortSource(sort, null, "_doc");
        }

        if (sort.Field == "_id")
        {
            return new SortSource(sort, null, "_id");
        }

        var field = context.Field(sort.Field);
        if (field is null)
        {
            if (sort.UnmappedType is null)
            {
                throw new ShardFailureException(SearchErrors.QueryShard($"No mapping found for [{sort.Field}] in order to sort on", context.Index.Name, context.Index.Uuid));
            }

            return new SortSource(sort, null, sort.UnmappedType is "keyword" or "text" ? "terms" : FieldType.TryGet(sort.UnmappedType, out var t) && !t.IsInteger && t.Family == FieldFamily.Numeric ? "double" : "long");
        }

        if (field.Family == FieldFamily.Text && !field.Mapper.Fielddata)
        {
            throw new ShardFailureException(SearchErrors.Fielddata(sort.Field));
        }

        if (field.Family != FieldFamily.Text && !field.Mapper.DocValues)
        {
            throw new ShardFailureException(SearchErrors.ShardArgument($"Can't load fielddata on [{sort.Field}] because fielddata is unsupported on fields of type [{field.Mapper.TypeName}]. Use doc values instead."));
        }

        var kind = field.Family switch
        {
            FieldFamily.Text or FieldFamily.Keyword => "terms",
            FieldFamily.Date or FieldFamily.Boolean => "long",
            _ when field.Mapper.Type.IsInteger => "long",
            _ when field.Mapper.TypeName is "float" or "half_float" => "float",
            _ => "double",
        };
        return new SortSource(sort, field, kind);
    }

    public SortValue Value(StoredDocument doc, double score, long docNumber)
    {
        switch (_kind)
        {
            case "_score":
                return new SortValue(null, score, false);
            case "_doc":
                return new SortValue(null, docNumber, false);
            case "_id":
                return new SortValue(doc.Id, 0, false);
            case "terms":
            {
                var terms = _field is null ? null : doc.Fields.Terms(_field.Id);
                if (terms is null || terms.Length == 0)
                {
                    return _sort.HasMissingValue ? new SortValue(JsonRead.ScalarText(_sort.Missing), 0, false) : SortValue.MissingTerm;
                }

                var pick = terms[0];
                foreach (var t in terms)
                {
                    var c = Utf8Order.Instance.Compare(t, pick);
                    if (_sort.Mode == "max" || (_sort.Mode is null && _sort.Descending) ? c > 0 : c < 0)
                    {
                        pick = t;
                    }
                }

                return new SortValue(pick, 0, false);
            }

            default:
            {
                var numbers = _field is null ? null : doc.Fields.Numbers(_field.Id);
                if (numbers is null || numbers.Length == 0)
                {
                    return new SortValue(null, _sort.HasMissingValue ? MissingValue() : Sentinel(), false);
                }

                return new SortValue(null, Pick(numbers), false);
            }
        }
    }

    public int Compare(SortValue a, SortValue b)
    {
        if (a.IsMissing || b.IsMissing)
        {
            if (a.IsMissing && b.IsMissing)
            {
                return 0;
            }

            var missingLast = !_sort.MissingFirst;
            return a.IsMissing == missingLast ? 1 : -1;
        }

        var c = a.Text is not null || b.Text is not null ? Utf8Order.Instance.Compare(a.Text ?? "", b.Text ?? "") : a.Number.CompareTo(b.Number);
        return _sort.Descending ? -c : c;
    }

    /// <summary>Compares two documents' sort values field by field.</summary>
    public static int Compare(IReadOnlyList<SortSource> sorts, SortValue[] a, SortValue[] b)
    {
        for (var i = 0; i < sorts.Count; i++)
        {
            var c = sorts[i].Compare(a[i], b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    /// <summary>Identifies the sort for caching sorted views: same fields, orders and options, same order.</summary>
    public string CacheKey => $"{_sort.Field}|{_sort.Descending}|{JsonRead.ScalarText(_sort.Missing)}|{_sort.UnmappedType}|{_sort.Mode}|{_kind}|{_field?.Id}";

    public JsonNode? ToJson(SortValue value) => _kind switch
    {
        "terms" or "_id" => value.IsMissing ? null : JsonValue.Create(value.Text),
        "_score" or "float" => JavaNumber.Float((float)value.Number),
        "_doc" => JsonValue.Create((int)value.Number),
        "long" => JsonValue.Create(value.Number >= 9.2233720368547758E18 ? long.MaxValue : value.Number <= -9.2233720368547758E18 ? long.MinValue : (long)value.Number),
        _ => JavaNumber.Double(value.Number),
    };

    /// <summary>A <c>search_after</c> value read back into this field's sort value.</summary>
    public SortValue Parse(JsonNode? node, QueryContext context)
    {
        if (_kind is "terms" or "_id")
        {
            return node is null || JsonRead.ScalarText(node) is null ? SortValue.MissingTerm : new SortValue(JsonRead.ScalarText(node), 0, false);
        }

        var text = JsonRead.ScalarText(node);
        if (text is "Infinity" or "-Infinity")
        {
            return new SortValue(null, text == "Infinity" ? double.PositiveInfinity : double.NegativeInfinity, false);
        }

        if (JsonRead.IsNumber(node) || double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            return new SortValue(null, JsonRead.Double(node, "search_after"), false);
        }

        if (_field is { Family: FieldFamily.Date } dateField)
        {
            return new SortValue(null, FieldValueParser.Date(context, dateField, node, roundUp: false), false);
        }

        throw new ShardFailureException(SearchErrors.ShardArgument($"Failed to parse search_after value for field [{_sort.Field}]."));
    }

    private double Pick(double[] numbers)
    {
        var mode = _sort.Mode ?? (_sort.Descending ? "max" : "min");
        return mode switch
        {
            "max" => numbers[^1],
            "sum" => Sum(numbers),
            "avg" => Whole(Sum(numbers) / numbers.Length),
            "median" => numbers.Length % 2 == 1 ? numbers[numbers.Length / 2] : Whole((numbers[(numbers.Length / 2) - 1] + numbers[numbers.Length / 2]) / 2),
            _ => numbers[0],
        };
    }

    /// <summary>MultiValueMode rounds an average or median of whole numbers as Java's Math.round (half up).</summary>
    private double Whole(double value) => Integral ? Math.Floor(value + 0.5) : value;

    /// <summary>MultiValueMode's plain left-to-right sum over the ascending values (not a vectorized one: the last digits differ).</summary>
    private static double Sum(double[] numbers)
    {
        var total = 0.0;
        foreach (var number in numbers)
        {
            total += number;
        }

        return total;
    }

    private double MissingValue() => JsonRead.IsNumber(_sort.Missing) ? _sort.Missing!.GetValue<double>() : JsonRead.Double(_sort.Missing, "missing");

    /// <summary>Where a missing value sorts, spelled as OpenSearch prints it.</summary>
    private double Sentinel()
    {
        var high = _sort.MissingFirst == _sort.Descending;
        return Integral ? (high ? long.MaxValue : long.MinValue) : (high ? double.PositiveInfinity : double.NegativeInfinity);
    }
}
