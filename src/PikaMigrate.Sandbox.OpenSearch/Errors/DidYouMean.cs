namespace PikaMigrate.Sandbox.OpenSearch.Errors;

/// <summary>
/// OpenSearch's suggestions for a misspelled name: candidates whose Lucene Levenshtein similarity
/// (1 - distance / longer length) exceeds 0.5, best first.
/// </summary>
internal static class DidYouMean
{
    public static IReadOnlyList<string> Candidates(string input, IEnumerable<string> known) =>
        [.. known.Select(k => (Name: k, Score: Similarity(input, k))).Where(c => c.Score > 0.5f)
            .OrderByDescending(c => c.Score).ThenBy(c => c.Name, StringComparer.Ordinal).Select(c => c.Name)];

    /// <summary>" did you mean [x]?" or " did you mean any of [x, y]?", or empty.</summary>
    public static string Suffix(string input, IEnumerable<string> known)
    {
        var candidates = Candidates(input, known);
        return candidates.Count switch
        {
            0 => "",
            1 => $" did you mean [{candidates[0]}]?",
            _ => $" did you mean any of [{string.Join(", ", candidates)}]?",
        };
    }

    private static float Similarity(string a, string b)
    {
        var distance = Distance(a, b);
        return 1f - (float)distance / Math.Max(a.Length, b.Length);
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
