using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;

namespace PikaMigrate.Sandbox.OpenSearch.Query;

/// <summary><c>ids</c>: documents whose <c>_id</c> is one of the values.</summary>
internal sealed record IdsQuery(IReadOnlySet<string> Ids, double Boost) : IQueryNode
{
    public static IdsQuery Parse(JsonNode? node)
    {
        var body = QueryParser.Object(node, "ids");
        var boost = QueryParser.Boost(body, "ids");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in body)
        {
            switch (key)
            {
                case "values":
                    ids.UnionWith(JsonRead.StringList(value, "values"));
                    break;
                case "boost" or "type" or "types":
                    break;
                default:
                    throw RequestErrors.Parsing($"[ids] query does not support [{key}]");
            }
        }

        return new IdsQuery(ids, boost);
    }

    public Query Compile(QueryContext context) => Matchers.Ids(Ids, Boost);
}
