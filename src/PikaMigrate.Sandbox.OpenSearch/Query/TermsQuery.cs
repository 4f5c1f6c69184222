using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Errors;

namespace PikaMigrate.Sandbox.OpenSearch.Query;

/// <summary><c>terms</c>: any of the values, each matched as <c>term</c> would.</summary>
internal sealed record TermsQuery(string Field, IReadOnlyList<JsonNode?> Values, double Boost) : IQueryNode
{
    public static TermsQuery Parse(JsonNode? node)
    {
        var body = QueryParser.Object(node, "terms");
        var boost = QueryParser.Boost(body, "terms");
        string? field = null;
        IReadOnlyList<JsonNode?>? values = null;
        foreach (var (key, value) in body)
        {
            if (key is "boost")
            {
                continue;
            }

            if (field is not null)
            {
                throw RequestErrors.Parsing($"[terms] query does not support multiple fields");
            }

            field = key;
            values = value switch
            {
                JsonArray array => [.. array],
                JsonObject => throw RequestErrors.Unsupported("terms lookup"),
                _ => throw RequestErrors.Parsing($"[terms] query does not support [{key}]"),
            };
        }

        return field is null ? throw RequestErrors.IllegalArgument("field name cannot be null.") : new TermsQuery(field, values!, boost);
    }

    public Query Compile(QueryContext context) => Values.Count == 0 ? Matchers.None() : TermMatch.Compile(context, Field, Values, false, Boost);
}
