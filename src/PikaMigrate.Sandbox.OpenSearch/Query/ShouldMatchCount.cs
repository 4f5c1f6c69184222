using System.Globalization;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;

namespace PikaMigrate.Sandbox.OpenSearch.Query;

/// <summary><c>minimum_should_match</c>: an integer or a percentage, negative meaning "all but"; combinations are not implemented.</summary>
internal static class ShouldMatchCount
{
    public static string? Read(JsonNode? node) => node is null ? null : JsonRead.ScalarText(node);

    public static int Resolve(string spec, int clauses)
    {
        var text = spec.Trim();
        if (text.Contains('<', StringComparison.Ordinal))
        {
            throw RequestErrors.Unsupported($"conditional minimum_should_match [{spec}]");
        }

        int result;
        if (text.EndsWith('%'))
        {
            var percent = int.Parse(text[..^1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            var count = (int)(clauses * (Math.Abs(percent) / 100.0));
            result = percent < 0 ? clauses - count : count;
        }
        else if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count))
        {
            result = count < 0 ? clauses + count : count;
        }
        else
        {
            throw RequestErrors.IllegalArgument($"Invalid minimum_should_match [{spec}]");
        }

        return Math.Max(result, 0);
    }
}
