using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Mapping;

namespace PikaMigrate.Sandbox.OpenSearch.Query;

/// <summary>
/// Exact-value matching shared by term, terms, ids and match on non-text fields: text fields compare against their
/// analyzed tokens (the value is not analyzed), keyword fields exactly, numbers/dates/booleans after parsing.
/// Unmapped fields match nothing.
/// </summary>
internal static class TermMatch
{
    public static Query Compile(QueryContext context, string path, IReadOnlyList<JsonNode?> values, bool caseInsensitive, double boost)
    {
        if (path == "_id")
        {
            return Matchers.Ids(values.Select(FieldValueParser.Text).ToHashSet(StringComparer.Ordinal), boost);
        }

        if (path == "_index")
        {
            var names = values.Select(FieldValueParser.Text).ToHashSet(StringComparer.Ordinal);
            var matches = names.Contains(context.Index.Name);
            return matches ? Matchers.All(boost) : Matchers.None();
        }

        if (context.Field(path) is not { } field)
        {
            return Matchers.None();
        }

        context.RequireSearchable(field);
        var id = field.Id;
        switch (field.Family)
        {
            case FieldFamily.Text or FieldFamily.Keyword:
            {
                var terms = values.Select(FieldValueParser.Text).ToArray();
                if (terms.Length == 1)
                {
                    var term = terms[0];
                    return Matchers.OnTerms(id, terms => FieldPredicates.HasTerm(terms, term, caseInsensitive), boost);
                }

                var set = terms.ToHashSet(caseInsensitive ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
                return Matchers.OnTerms(id, terms => FieldPredicates.AnyTerm(terms, set.Contains), boost);
            }

            case FieldFamily.Date:
            {
                var ranges = values.Select(v => (Low: (double)FieldValueParser.Date(context, field, v, roundUp: false), High: (double)FieldValueParser.Date(context, field, v, roundUp: true))).ToArray();
                return Matchers.OnNumbers(id, numbers =>
                {
                    foreach (var (low, high) in ranges)
                    {
                        if (FieldPredicates.AnyNumber(numbers, low, true, high, true))
                        {
                            return true;
                        }
                    }

                    return false;
                }, boost);
            }

            default:
            {
                var numbers = values
                    .Select(v => field.Family == FieldFamily.Boolean ? FieldValueParser.Boolean(context, v) : FieldValueParser.Number(context, field, v))
                    .Where(n => !field.Mapper.Type.IsInteger || n == Math.Truncate(n))
                    .ToHashSet();
                return numbers.Count == 0
                    ? Matchers.None()
                    : Matchers.OnNumbers(id, ns => FieldPredicates.AnyIn(ns, numbers), boost);
            }
        }
    }
}
