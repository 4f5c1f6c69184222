using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Errors;

namespace PikaMigrate.Sandbox.OpenSearch.Json;

/// <summary>Typed reads from request JSON with OpenSearch-style errors when a value has the wrong shape.</summary>
internal static class JsonRead
{
    public static bool IsString(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.String;

    public static bool IsNumber(JsonNode? node) => node is JsonValue v && v.GetValueKind() == JsonValueKind.Number;

    public static bool IsBoolean(JsonNode? node) => node is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False;

    /// <summary>A scalar's text as Jackson's <c>parser.text()</c> gives it (numbers as written, booleans lower case).</summary>
    public static string? ScalarText(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Null => null,
            _ => v.ToJsonString(),
        },
        _ => node.ToJsonString(),
    };

    public static string String(JsonNode? node, string what) =>
        node is JsonValue v && v.GetValueKind() is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False
            ? ScalarText(v)!
            : throw RequestErrors.Parsing($"[{what}] must be a string");

    public static int Int(JsonNode? node, string what)
    {
        if (node is JsonValue v)
        {
            if (v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var i))
            {
                return i;
            }

            if (v.GetValueKind() == JsonValueKind.String && int.TryParse(v.GetValue<string>(), NumberStyles.Integer, CultureInfo.InvariantCulture, out i))
            {
                return i;
            }
        }

        throw RequestErrors.Parsing($"[{what}] must be an integer but was [{ScalarText(node)}]");
    }

    public static long Long(JsonNode? node, string what)
    {
        if (node is JsonValue v)
        {
            if (v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var l))
            {
                return l;
            }

            if (v.GetValueKind() == JsonValueKind.String && long.TryParse(v.GetValue<string>(), NumberStyles.Integer, CultureInfo.InvariantCulture, out l))
            {
                return l;
            }
        }

        throw RequestErrors.Parsing($"[{what}] must be a long but was [{ScalarText(node)}]");
    }

    /// <summary>
    /// A JSON number read the way Jackson's <c>longValue()</c> reads it: a fraction is truncated, a value beyond
    /// the long range is a parse error.
    /// </summary>
    public static long TruncatedLong(JsonValue number)
    {
        if (number.TryGetValue<long>(out var whole))
        {
            return whole;
        }

        var value = number.GetValue<double>();
        return value is >= -9.2233720368547758E18 and < 9.2233720368547758E18
            ? (long)value
            : throw RequestErrors.XContentParse($"Numeric value ({ScalarText(number)}) out of range of long (-9223372036854775808 - 9223372036854775807)");
    }

    public static double Double(JsonNode? node, string what)
    {
        if (node is JsonValue v)
        {
            if (v.GetValueKind() == JsonValueKind.Number)
            {
                return v.GetValue<double>();
            }

            if (v.GetValueKind() == JsonValueKind.String && double.TryParse(v.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            {
                return d;
            }
        }

        throw RequestErrors.Parsing($"[{what}] must be a number but was [{ScalarText(node)}]");
    }

    public static bool Bool(JsonNode? node, string what)
    {
        if (node is JsonValue v)
        {
            switch (v.GetValueKind())
            {
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                case JsonValueKind.String when v.GetValue<string>() is "true" or "false":
                    return v.GetValue<string>() == "true";
            }
        }

        throw RequestErrors.Parsing($"[{what}] failed to parse value [{ScalarText(node)}] as only [true] or [false] are allowed.");
    }

    public static JsonObject Object(JsonNode? node, string what) =>
        node as JsonObject ?? throw RequestErrors.Parsing($"[{what}] must be an object");

    /// <summary>A string or an array of strings (OpenSearch accepts both for lists of names).</summary>
    public static IReadOnlyList<string> StringList(JsonNode? node, string what) => node switch
    {
        JsonArray a => [.. a.Select(x => String(x, what))],
        JsonValue => [String(node, what)],
        _ => throw RequestErrors.Parsing($"[{what}] must be a string or an array of strings"),
    };
}
