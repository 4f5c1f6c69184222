using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Errors;

namespace PikaMigrate.Sandbox.OpenSearch.Query;

/// <summary><c>constant_score</c>: its filter's matches, each scored with the boost.</summary>
internal sealed record ConstantScoreQuery(IQueryNode Filter, double Boost) : IQueryNode
{
    public static ConstantScoreQuery Parse(JsonNode? node)
    {
        var body = QueryParser.Object(node, "constant_score");
        var boost = QueryParser.Boost(body, "constant_score");
        IQueryNode? filter = null;
        foreach (var (key, value) in body)
        {
            switch (key)
            {
                case "filter":
                    filter = QueryParser.Parse(value);
                    break;
                case "boost":
                    break;
                default:
                    throw RequestErrors.Parsing($"[constant_score] query does not support [{key}]");
            }
        }

        return filter is null ? throw RequestErrors.Parsing("[constant_score] requires a 'filter' element") : new ConstantScoreQuery(filter, boost);
    }

    public Query Compile(QueryContext context) => Matchers.ConstantScore(Filter.Compile(context), Boost);
}
