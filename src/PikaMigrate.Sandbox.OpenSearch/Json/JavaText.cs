using System.Text.Json;
using System.Text.Json.Nodes;

namespace PikaMigrate.Sandbox.OpenSearch.Json;

/// <summary>A JSON value as Java's <c>toString()</c> prints the parsed map/list/value (<c>{a=1, b=[x, y]}</c>), as OpenSearch quotes it in messages.</summary>
internal static class JavaText
{
    public static string Of(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject o => "{" + string.Join(", ", o.Select(kv => kv.Key + "=" + Of(kv.Value))) + "}",
        JsonArray a => "[" + string.Join(", ", a.Select(Of)) + "]",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => JsonRead.ScalarText(node) ?? "null",
    };

    /// <summary>The Painless/ingest value model (dictionaries, lists, scalars) printed the same way.</summary>
    public static string Of(object? value) => value switch
    {
        null => "null",
        string s => s,
        bool b => b ? "true" : "false",
        double d => JavaNumber.FormatDouble(d),
        float f => JavaNumber.FormatFloat(f),
        IDictionary<string, object?> map => "{" + string.Join(", ", map.Select(kv => kv.Key + "=" + Of(kv.Value))) + "}",
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Of)) + "]",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };
}
