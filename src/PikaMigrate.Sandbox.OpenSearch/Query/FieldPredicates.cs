using PikaMigrate.Sandbox.OpenSearch.Documents;

namespace PikaMigrate.Sandbox.OpenSearch.Query;

/// <summary>Tests on one field's indexed values in a document.</summary>
internal static class FieldPredicates
{
    public static bool AnyTerm(StoredDocument doc, int fieldId, Func<string, bool> test)
    {
        var terms = doc.Fields.Terms(fieldId);
        if (terms is null)
        {
            return false;
        }

        foreach (var term in terms)
        {
            if (test(term))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasTerm(StoredDocument doc, int fieldId, string term, bool caseInsensitive = false)
    {
        var terms = doc.Fields.Terms(fieldId);
        if (terms is null)
        {
            return false;
        }

        foreach (var t in terms)
        {
            if (caseInsensitive ? string.Equals(t, term, StringComparison.OrdinalIgnoreCase) : string.Equals(t, term, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static bool AnyNumber(StoredDocument doc, int fieldId, double low, bool includeLow, double high, bool includeHigh)
    {
        var numbers = doc.Fields.Numbers(fieldId);
        if (numbers is null)
        {
            return false;
        }

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
