using System.Globalization;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Dates;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.OpenSearch.Mapping;

namespace PikaMigrate.Sandbox.OpenSearch.Query;

/// <summary>Turns a query's value into the form a field indexes (number, epoch millis, 1/0), failing the shard as OpenSearch does.</summary>
internal static class FieldValueParser
{
    /// <summary>A number; for float and half_float fields narrowed as the field keeps its values, so 1.1 finds a stored 1.1.</summary>
    public static double Number(QueryContext context, MappedField field, JsonNode? value)
    {
        var narrow = field.Mapper.TypeName is "float" or "half_float";
        if (JsonRead.IsNumber(value))
        {
            var n = value!.GetValue<double>();
            return narrow ? field.Mapper.Narrow(n) : n;
        }

        var text = JsonRead.ScalarText(value) ?? "null";
        if (!JsonRead.IsBoolean(value) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return narrow ? field.Mapper.Narrow(number) : number;
        }

        throw context.Fail($"For input string: \"{text}\"", new ErrorCause("number_format_exception", $"For input string: \"{text}\"", isOpenSearch: false));
    }

    public static double Boolean(QueryContext context, JsonNode? value) => JsonRead.ScalarText(value) switch
    {
        "true" => 1,
        "false" or "" => 0,
        var other => throw context.Fail($"Can't parse boolean value [{other}], expected [true] or [false]"),
    };

    /// <summary>A date or date math in the field's format (or <paramref name="format"/>), rounded up for upper bounds.</summary>
    public static long Date(QueryContext context, MappedField field, JsonNode? value, bool roundUp, DateFormatter? format = null, TimeZoneInfo? zone = null)
    {
        var text = JsonRead.ScalarText(value) ?? "null";
        var formatter = format ?? field.Mapper.DateFormat;
        try
        {
            return DateMath.Parse(text, formatter, roundUp, zone ?? TimeZoneInfo.Utc, context.NowMillis);
        }
        catch (DateParseException e)
        {
            throw new ShardFailureException(new ErrorCause("parse_exception", $"failed to parse date field [{text}] with format [{formatter.Pattern}]: [{e.Message}]")
            {
                CausedBy = new ErrorCause("illegal_argument_exception", e.Message, isOpenSearch: false),
            });
        }
    }

    /// <summary>The keyword/text form of a value: strings as they are, numbers as written, booleans lower case.</summary>
    public static string Text(JsonNode? value) => JsonRead.ScalarText(value) ?? "null";
}
