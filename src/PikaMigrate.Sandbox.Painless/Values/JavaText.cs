using System.Globalization;
using System.Text;

namespace PikaMigrate.Sandbox.Painless.Values;

/// <summary>
/// Java's <c>String.valueOf</c> for the interpreter's values: what <c>'' + x</c> and <c>x.toString()</c> produce
/// (<c>1.0</c> for doubles, <c>{a=1}</c> for maps, <c>[1, 2]</c> for lists, <c>null</c> for null).
/// </summary>
internal static class JavaText
{
    public static string ToJavaString(object? value) => value switch
    {
        null => "null",
        string text => text,
        int number => number.ToString(CultureInfo.InvariantCulture),
        long number => number.ToString(CultureInfo.InvariantCulture),
        double number => FormatDouble(number),
        bool flag => flag ? "true" : "false",
        _ => AppendTo(new StringBuilder(), value).ToString(),
    };

    /// <summary>Java's <c>Double.toString</c>: plain notation in [1e-3, 1e7), else <c>d.dddE±n</c>.</summary>
    public static string FormatDouble(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        if (value == 0)
        {
            return double.IsNegative(value) ? "-0.0" : "0.0";
        }

        var (digits, pointPosition) = ShortestDigits(Math.Abs(value));
        var builder = new StringBuilder(digits.Length + 8);
        if (value < 0)
        {
            builder.Append('-');
        }

        var magnitude = Math.Abs(value);
        if (magnitude is >= 1e-3 and < 1e7)
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
    /// The shortest round-tripping significant digits of a positive double and where the decimal point goes:
    /// the value is <c>0.digits × 10^pointPosition</c>.
    /// </summary>
    private static (string Digits, int PointPosition) ShortestDigits(double magnitude)
    {
        var text = magnitude.ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponentAt < 0 ? text : text[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(text.AsSpan(exponentAt + 1), CultureInfo.InvariantCulture);

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
                builder.Append('{');
                var firstEntry = true;
                foreach (var (key, item) in map)
                {
                    builder.Append(firstEntry ? "" : ", ").Append(key).Append('=');
                    AppendTo(builder, item);
                    firstEntry = false;
                }

                return builder.Append('}');
            case List<object?> list:
                builder.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    builder.Append(i == 0 ? "" : ", ");
                    AppendTo(builder, list[i]);
                }

                return builder.Append(']');
            case MapEntry entry:
                builder.Append(entry.Key).Append('=');
                return AppendTo(builder, entry.Value);
            default:
                return builder.Append(ToJavaString(value));
        }
    }
}
