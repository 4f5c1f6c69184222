using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.OpenSearch.Json;

/// <summary>
/// Doubles and floats as JSON numbers spelled the way OpenSearch's Jackson writes them (<c>6.0</c>, <c>1.0E7</c>,
/// <c>1.1258999068426289E14</c>); the spelling is Painless's <see cref="JavaText"/>, the one home of Java number text.
/// </summary>
internal static class JavaNumber
{
    /// <summary>A JSON number with Java's spelling; non-finite values become the strings Jackson writes.</summary>
    public static JsonNode Double(double value) =>
        double.IsFinite(value) ? JsonNode.Parse(JavaText.FormatDouble(value))! : JsonValue.Create(JavaText.FormatDouble(value));

    public static JsonNode Float(float value) =>
        float.IsFinite(value) ? JsonNode.Parse(JavaText.FormatFloat(value))! : JsonValue.Create(JavaText.FormatFloat(value));
}
