using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PikaMigrate.Sandbox.Painless.Values;

/// <summary>
/// Java's text for values, shared by the interpreter and the OpenSearch-compatible engine: <c>String.valueOf</c>
/// (what <c>'' + x</c> and <c>x.toString()</c> produce: <c>1.0</c> for doubles, <c>{a=1}</c> for maps, <c>[1, 2]</c> for
/// lists, <c>null</c> for null), <c>Double.toString</c> and <c>Float.toString</c> (the shortest digits that round-trip,
/// as Jackson prints OpenSearch's numbers), and parsed JSON as OpenSearch quotes it in messages.
/// </summary>
public static class JavaText
{
    public static string ToJavaString(object? value) => value switch
    {
        null => "null",
        string text => text,
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        double number => FormatDouble(number),
        float number => FormatFloat(number),
        bool flag => flag ? "true" : "false",
        _ => AppendTo(new StringBuilder(), value).ToString(),
    };

    /// <summary>
    /// A JSON value as Java's <c>toString()</c> prints the parsed map/list/value (<c>{a=1, b=[x, y]}</c>); numbers
    /// keep their JSON spelling, as the parser's text has it.
    /// </summary>
    public static string Of(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject o => "{" + string.Join(", ", o.Select(kv => kv.Key + "=" + Of(kv.Value))) + "}",
        JsonArray a => "[" + string.Join(", ", a.Select(Of)) + "]",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Null => "null",
            _ => v.ToJsonString(),
        },
        _ => node.ToJsonString(),
    };

    /// <summary>Java's <c>Double.toString</c>: plain notation in [1e-3, 1e7), else <c>d.dddE±n</c>.</summary>
    public static string FormatDouble(double value) =>
        double.IsFinite(value) ? Format(double.IsNegative(value), Math.Abs(value).ToString("R", CultureInfo.InvariantCulture)) : NonFinite(value);

    /// <summary>Java's <c>Float.toString</c>: the same notation with a float's shortest digits.</summary>
    public static string FormatFloat(float value) =>
        float.IsFinite(value) ? Format(float.IsNegative(value), Math.Abs(value).ToString("R", CultureInfo.InvariantCulture)) : NonFinite(value);

    /// <param name="magnitude">The absolute value's shortest round-trip spelling ("R").</param>
    private static string Format(bool negative, string magnitude)
    {
        var (digits, pointPosition) = ShortestDigits(magnitude);
        var builder = new StringBuilder(digits.Length + 8);
        if (negative)
        {
            builder.Append('-');
        }

        if (digits == "0")
        {
            return builder.Append("0.0").ToString();
        }

        // Plain notation for magnitudes in [1e-3, 1e7): the decimal exponent (pointPosition - 1) is in [-3, 7).
        if (pointPosition - 1 is >= -3 and < 7)
        {
            AppendPlain(builder, digits, pointPosition);
        }
        else
        {
            builder.Append(digits[0]).Append('.');
            builder.Append(digits.Length > 1 ? digits.AsSpan(1) : "0");
            builder.Append('E').Append((pointPosition - 1).ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    private static string NonFinite(double value) => double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";

    private static void AppendPlain(StringBuilder builder, string digits, int pointPosition)
    {
        if (pointPosition <= 0)
        {
            builder.Append("0.").Append('0', -pointPosition).Append(digits);
        }
        else if (pointPosition >= digits.Length)
        {
            builder.Append(digits).Append('0', pointPosition - digits.Length).Append(".0");
        }
        else
        {
            builder.Append(digits.AsSpan(0, pointPosition)).Append('.').Append(digits.AsSpan(pointPosition));
        }
    }

    /// <summary>
    /// The significant digits of a shortest round-trip spelling of a magnitude and where the decimal point goes:
    /// the value is <c>0.digits × 10^pointPosition</c>.
    /// </summary>
    private static (string Digits, int PointPosition) ShortestDigits(string text)
    {
        var exponentAt = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(text.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

        var dotAt = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = dotAt < 0 ? mantissa.Length : dotAt;
        var digits = dotAt < 0 ? mantissa : string.Concat(mantissa.AsSpan(0, dotAt), mantissa.AsSpan(dotAt + 1));
        var pointPosition = integerDigits + exponent;

        var leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        digits = digits[leadingZeros..].TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, pointPosition - leadingZeros);
    }

    private static StringBuilder AppendTo(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map:
                return AppendMap(builder, map);
            case IDictionary<string, object?> map:
                return AppendMap(builder, map);
            case MapEntry entry:
                builder.Append(entry.Key).Append('=');
                return AppendTo(builder, entry.Value);
            case string or null or int or long or double or float or bool:
                return builder.Append(ToJavaString(value));
            case IEnumerable list:
                builder.Append('[');
                var first = true;
                foreach (var item in list)
                {
                    builder.Append(first ? "" : ", ");
                    AppendTo(builder, item);
                    first = false;
                }

                return builder.Append(']');
            case IFormattable formattable:
                return builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
            default:
                return builder.Append(value.ToString() ?? "null");
        }
    }

    private static StringBuilder AppendMap(StringBuilder builder, IEnumerable<KeyValuePair<string, object?>> map)
    {
        builder.Append('{');
        var first = true;
        foreach (var (key, item) in map)
        {
            builder.Append(first ? "" : ", ").Append(key).Append('=');
            AppendTo(builder, item);
            first = false;
        }

        return builder.Append('}');
    }
}
