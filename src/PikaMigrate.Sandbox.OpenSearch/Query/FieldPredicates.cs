namespace PikaMigrate.Sandbox.OpenSearch.Query;

/// <summary>Tests on one field's indexed values in one document (its terms or its numbers).</summary>
internal static class FieldPredicates
{
    public static bool AnyTerm(string[] terms, Func<string, bool> test)
    {
        foreach (var term in terms)
        {
            if (test(term))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasTerm(string[] terms, string term, bool caseInsensitive = false)
    {
        foreach (var t in terms)
        {
            if (caseInsensitive ? string.Equals(t, term, StringComparison.OrdinalIgnoreCase) : string.Equals(t, term, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool AnyIn(ReadOnlySpan<double> numbers, HashSet<double> set)
    {
        foreach (var n in numbers)
        {
            if (set.Contains(n))
            {
                return true;
            }
        }

        return false;
    }

    public static bool AnyNumber(ReadOnlySpan<double> numbers, double low, bool includeLow, double high, bool includeHigh)
    {
        foreach (var n in numbers)
        {
            if ((includeLow ? n >= low : n > low) && (includeHigh ? n <= high : n < high))
            {
                return true;
            }
        }

        return false;
    }
}
