using System.Text.Json.Nodes;
using Xunit;

namespace PikaMigrate.Testing.Data;

/// <summary>Compares two states of a store (JSON records by id) field by field, naming the first differences when they do not match.</summary>
public static class StateDifferences
{
    private const int Shown = 5;

    /// <summary>Fails, listing a few differing records and fields, unless both hold the same ids with equal content.</summary>
    public static void AssertSame(IReadOnlyDictionary<string, JsonObject> expected, IReadOnlyDictionary<string, JsonObject> actual, string what)
    {
        var differences = Between(expected, actual);
        Assert.True(differences.Count == 0, $"{what}: {differences.Count} of {expected.Count} records differ, e.g.\n{string.Join('\n', differences.Take(Shown))}");
    }

    public static IReadOnlyList<string> Between(IReadOnlyDictionary<string, JsonObject> expected, IReadOnlyDictionary<string, JsonObject> actual)
    {
        var lines = new List<string>();
        foreach (var (id, want) in expected.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!actual.TryGetValue(id, out var have))
            {
                lines.Add($"{id}: missing");
            }
            else if (!JsonNode.DeepEquals(want, have))
            {
                var fields = want.Select(p => p.Key).Union(have.Select(p => p.Key)).Order(StringComparer.Ordinal)
                    .Where(f => !JsonNode.DeepEquals(want[f], have[f]))
                    .Select(f => $"{f} expected {want[f]?.ToJsonString() ?? "(absent)"}, found {have[f]?.ToJsonString() ?? "(absent)"}");
                lines.Add($"{id}: {string.Join("; ", fields)}");
            }
        }

        lines.AddRange(actual.Keys.Where(id => !expected.ContainsKey(id)).Order(StringComparer.Ordinal).Select(id => $"{id}: not expected"));
        return lines;
    }
}
