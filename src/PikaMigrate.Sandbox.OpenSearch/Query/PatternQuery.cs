using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.OpenSearch.Mapping;

namespace PikaMigrate.Sandbox.OpenSearch.Query;

/// <summary><c>prefix</c> and <c>wildcard</c> (<c>*</c>, <c>?</c>) on keyword values or text tokens, not analyzed.</summary>
internal sealed record PatternQuery(string Kind, string Field, string Pattern, bool CaseInsensitive, double Boost) : IQueryNode
{
    public static PatternQuery Parse(JsonNode? node, string kind)
    {
        var valueKey = kind == "wildcard" && node is JsonObject o && o.FirstOrDefault().Value is JsonObject opts && opts.ContainsKey("wildcard") ? "wildcard" : "value";
        var (field, value, options) = QueryParser.FieldClause(node, kind, valueKey);
        var boost = options is null ? 1.0 : QueryParser.Boost(options, kind);
        var caseInsensitive = options?["case_insensitive"] is { } ci && JsonRead.Bool(ci, "case_insensitive");
        return new PatternQuery(kind, field, FieldValueParser.Text(value), caseInsensitive, boost);
    }

    public Query Compile(QueryContext context)
    {
        if (context.Field(Field) is not { } field)
        {
            var idTest = Test();
            return Field == "_id" ? Matchers.Where(doc => idTest(doc.Id), Boost) : Matchers.None();
        }

        if (field.Family is not (FieldFamily.Keyword or FieldFamily.Text))
        {
            throw context.Fail($"Can only use {Kind} queries on keyword and text fields - not on [{Field}] which is of type [{field.Mapper.TypeName}]");
        }

        context.RequireSearchable(field);
        var test = Test();
        var id = field.Id;
        return Matchers.OnTerms(id, terms => FieldPredicates.AnyTerm(terms, test), Boost);
    }

    private Func<string, bool> Test()
    {
        var comparison = CaseInsensitive ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (Kind == "prefix")
        {
            var prefix = Pattern;
            return term => term.StartsWith(prefix, comparison);
        }

        var regex = new Regex("^" + Regex.Escape(Pattern).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$",
            (CaseInsensitive ? RegexOptions.IgnoreCase : RegexOptions.None) | RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return regex.IsMatch;
    }
}
