using System.Globalization;
using System.Text.Json.Nodes;

namespace PikaMigrate.Sandbox.OpenSearch.Json;

/// <summary>
/// Numbers printed as OpenSearch's Jackson prints Java doubles and floats (<c>6.0</c>, <c>1.0E7</c>, <c>-1.0</c>),
/// so a sum reads <c>6.0</c> and not <c>6</c>.
/// </summary>
internal static class JavaNumber
{
    public static string FormatDouble(double value) => Format(value.ToString("R", CultureInfo.InvariantCulture));

    public static string FormatFloat(float value) => Format(value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>A JSON number with Java's spelling; non-finite values become the strings Jackson writes.</summary>
    public static JsonNode Double(double value) =>
        double.IsFinite(value) ? JsonNode.Parse(FormatDouble(value))! : JsonValue.Create(NonFinite(value));

    public static JsonNode Float(float value) =>
        float.IsFinite(value) ? JsonNode.Parse(FormatFloat(value))! : JsonValue.Create(NonFinite(value));

    private static string NonFinite(double value) => double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";

    private static string Format(string shortest)
    {
        var negative = shortest.StartsWith('-');
        var text = negative ? shortest[1..] : shortest;
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var integer = dot < 0 ? text : text[..dot];
        var digits = integer + (dot < 0 ? "" : text[(dot + 1)..]);
        var point = integer.Length + exponent;
        var lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
        {
            lead++;
            point--;
        }

        digits = digits[lead..].TrimEnd('0');
        var sign = negative ? "-" : "";
        if (digits.Length == 0)
        {
            return sign + "0.0";
        }

        var scientific = point - 1;
        if (scientific is >= -3 and < 7)
        {
            if (point <= 0)
            {
                return sign + "0." + new string('0', -point) + digits;
            }

            return point >= digits.Length
                ? sign + digits + new string('0', point - digits.Length) + ".0"
                : sign + digits[..point] + "." + digits[point..];
        }

        return sign + digits[0] + "." + (digits.Length > 1 ? digits[1..] : "0") + "E" + scientific.ToString(CultureInfo.InvariantCulture);
    }
}
