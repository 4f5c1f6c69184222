using System.Text.Json;
using System.Text.Json.Nodes;
using PikaMigrate.Analytics;
using Xunit;

namespace PikaMigrate.Testing.Analytics;

/// <summary>
/// Compares two analytics responses figure by figure, as their JSON documents: counts and tokens exactly, costs to
/// a millionth of a dollar (OpenSearch sums doubles), and names every differing figure by its path.
/// </summary>
public static class AnalyticsAssert
{
    private const double CostTolerance = 1e-6;

    public static void Same(SessionAnalyticsResponse expected, SessionAnalyticsResponse actual, string what)
    {
        var differences = new List<string>();
        Compare(JsonNode.Parse(AnalyticsJson.Serialize(expected with { Warnings = null })), JsonNode.Parse(AnalyticsJson.Serialize(actual with { Warnings = null })), "$", differences);
        Assert.True(differences.Count == 0, $"{what}: {differences.Count} figures differ, e.g.\n{string.Join('\n', differences.Take(12))}");
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        switch (expected)
        {
            case JsonObject want when actual is JsonObject have:
                foreach (var name in want.Select(p => p.Key).Union(have.Select(p => p.Key)))
                {
                    Compare(want[name], have[name], $"{path}.{name}", differences);
                }

                break;
            case JsonArray want when actual is JsonArray have:
                if (want.Count != have.Count)
                {
                    differences.Add($"{path}: {want.Count} entries expected, {have.Count} found: expected {Short(want)}, found {Short(have)}");
                    break;
                }

                for (var i = 0; i < want.Count; i++)
                {
                    Compare(want[i], have[i], $"{path}[{i}]", differences);
                }

                break;
            case JsonValue want when actual is JsonValue have && want.GetValueKind() == JsonValueKind.Number && have.GetValueKind() == JsonValueKind.Number:
                var (a, b) = (want.GetValue<double>(), have.GetValue<double>());
                if (Math.Abs(a - b) > CostTolerance * Math.Max(1, Math.Abs(a)))
                {
                    differences.Add($"{path}: expected {a}, found {b}");
                }

                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    differences.Add($"{path}: expected {Short(expected)}, found {Short(actual)}");
                }

                break;
        }
    }

    private static string Short(JsonNode? node) => node?.ToJsonString() is { } text ? text.Length > 160 ? text[..160] + "..." : text : "(absent)";
}
