using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Json;

namespace PikaMigrate.Sandbox.OpenSearch.Query;

/// <summary><c>term</c>: one exact value, not analyzed (so <c>internal-user</c> never matches a text field's tokens).</summary>
internal sealed record TermQuery(string Field, JsonNode? Value, bool CaseInsensitive, double Boost) : IQueryNode
{
    public static TermQuery Parse(JsonNode? node)
    {
        var (field, value, options) = QueryParser.FieldClause(node, "term", "value");
        var boost = options is null ? QueryParser.Boost(QueryParser.Object(node, "term"), "term") : QueryParser.Boost(options, "term");
        var caseInsensitive = options?["case_insensitive"] is { } ci && JsonRead.Bool(ci, "case_insensitive");
        if (value is null or JsonObject or JsonArray)
        {
            throw Errors.RequestErrors.Parsing(value is null ? "field [term] cannot be null" : "[term] query does not support array of values");
        }

        return new TermQuery(field, value, caseInsensitive, boost);
    }

    public Query Compile(QueryContext context) => TermMatch.Compile(context, Field, [Value], CaseInsensitive, Boost);
}
