using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Dates;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.OpenSearch.Mapping;
using PikaMigrate.Sandbox.OpenSearch.Text;

namespace PikaMigrate.Sandbox.OpenSearch.Query;

/// <summary>
/// <c>range</c> with gte/gt/lte/lt (or from/to/include_*). Dates take date math and round missing parts up for
/// <c>lte</c> and <c>gt</c>; keyword and text compare terms lexicographically.
/// </summary>
internal sealed record RangeQuery(string Field, JsonNode? From, bool IncludeLower, JsonNode? To, bool IncludeUpper, string? Format, string? TimeZone, double Boost) : IQueryNode
{
    public static RangeQuery Parse(JsonNode? node)
    {
        var body = QueryParser.Object(node, "range");
        string? field = null;
        JsonObject? options = null;
        foreach (var (key, value) in body)
        {
            if (field is not null)
            {
                throw RequestErrors.Parsing($"[range] query doesn't support multiple fields, found [{field}] and [{key}]");
            }

            field = key;
            options = value as JsonObject ?? throw RequestErrors.Parsing($"[range] query malformed, after field missing start object");
        }

        if (field is null || options is null)
        {
            throw RequestErrors.IllegalArgument("field name is null or empty");
        }

        JsonNode? from = null, to = null;
        bool includeLower = true, includeUpper = true;
        string? format = null, timeZone = null;
        var boost = QueryParser.Boost(options, "range");
        foreach (var (key, value) in options)
        {
            switch (key)
            {
                case "gte":
                    (from, includeLower) = (value, true);
                    break;
                case "gt":
                    (from, includeLower) = (value, false);
                    break;
                case "lte":
                    (to, includeUpper) = (value, true);
                    break;
                case "lt":
                    (to, includeUpper) = (value, false);
                    break;
                case "from":
                    from = value;
                    break;
                case "to":
                    to = value;
                    break;
                case "include_lower":
                    includeLower = JsonRead.Bool(value, key);
                    break;
                case "include_upper":
                    includeUpper = JsonRead.Bool(value, key);
                    break;
                case "format":
                    format = JsonRead.String(value, key);
                    break;
                case "time_zone":
                    timeZone = JsonRead.String(value, key);
                    break;
                case "boost" or "relation":
                    break;
                default:
                    throw RequestErrors.Parsing($"[range] query does not support [{key}]");
            }
        }

        return new RangeQuery(field, from, includeLower, to, includeUpper, format, timeZone, boost);
    }

    public Query Compile(QueryContext context)
    {
        if (context.Field(Field) is not { } field)
        {
            return Matchers.None();
        }

        context.RequireSearchable(field);
        var id = field.Id;
        var hasFrom = From is not null && JsonRead.ScalarText(From) is not null;
        var hasTo = To is not null && JsonRead.ScalarText(To) is not null;
        switch (field.Family)
        {
            case FieldFamily.Text or FieldFamily.Keyword:
            {
                var low = hasFrom ? FieldValueParser.Text(From) : null;
                var high = hasTo ? FieldValueParser.Text(To) : null;
                var order = Utf8Order.Instance;
                return Matchers.OnTerms(id, terms => FieldPredicates.AnyTerm(terms, t =>
                    (low is null || (IncludeLower ? order.Compare(t, low) >= 0 : order.Compare(t, low) > 0))
                    && (high is null || (IncludeUpper ? order.Compare(t, high) <= 0 : order.Compare(t, high) < 0))), Boost);
            }

            case FieldFamily.Date:
            {
                DateFormatter? format = null;
                TimeZoneInfo? zone = null;
                try
                {
                    format = Format is null ? null : DateFormatter.Of(Format);
                    zone = TimeZone is null ? null : TimeZones.Parse(TimeZone);
                }
                catch (DateParseException e)
                {
                    throw context.FailPlain(e.Message);
                }

                // OpenSearch rounds the lower bound up for gt and the upper bound up for lte.
                var low = hasFrom ? FieldValueParser.Date(context, field, From, roundUp: !IncludeLower, format, zone) : double.NegativeInfinity;
                var high = hasTo ? FieldValueParser.Date(context, field, To, roundUp: IncludeUpper, format, zone) : double.PositiveInfinity;
                return Matchers.OnNumbers(id, numbers => FieldPredicates.AnyNumber(numbers, low, IncludeLower, high, IncludeUpper), Boost);
            }

            default:
            {
                var low = hasFrom ? Number(context, field, From) : double.NegativeInfinity;
                var high = hasTo ? Number(context, field, To) : double.PositiveInfinity;
                return Matchers.OnNumbers(id, numbers => FieldPredicates.AnyNumber(numbers, low, IncludeLower, high, IncludeUpper), Boost);
            }
        }
    }

    private static double Number(QueryContext context, MappedField field, JsonNode? value) =>
        field.Family == FieldFamily.Boolean ? FieldValueParser.Boolean(context, value) : FieldValueParser.Number(context, field, value);
}
