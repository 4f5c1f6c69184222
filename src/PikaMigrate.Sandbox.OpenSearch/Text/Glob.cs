namespace PikaMigrate.Sandbox.OpenSearch.Text;

/// <summary>OpenSearch's "simple match": <c>*</c> matches any run of characters, everything else literally.</summary>
internal static class Glob
{
    public static bool IsMatch(string pattern, string value) => Match(pattern.AsSpan(), value.AsSpan());

    public static bool HasWildcard(string pattern) => pattern.Contains('*', StringComparison.Ordinal);

    private static bool Match(ReadOnlySpan<char> pattern, ReadOnlySpan<char> value)
    {
        var star = pattern.IndexOf('*');
        if (star < 0)
        {
            return pattern.SequenceEqual(value);
        }

        if (!value.StartsWith(pattern[..star]))
        {
            return false;
        }

        var rest = pattern[(star + 1)..];
        if (rest.IsEmpty)
        {
            return true;
        }

        for (var i = star; i <= value.Length; i++)
        {
            if (Match(rest, value[i..]))
            {
                return true;
            }
        }

        return false;
    }
}
