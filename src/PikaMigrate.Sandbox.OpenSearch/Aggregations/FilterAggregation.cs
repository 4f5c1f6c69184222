using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Query;

namespace PikaMigrate.Sandbox.OpenSearch.Aggregations;

/// <summary><c>filter</c>: one bucket of the documents matching a query.</summary>
internal sealed class FilterAggregation(string name, JsonObject? meta, IReadOnlyList<AggregationNode> subs, IQueryNode filter) : AggregationNode(name, meta, subs)
{
    public override AggregationShape Shape => AggregationShape.SingleBucket;

    public override void Validate(QueryContext context)
    {
        filter.Compile(context);
        base.Validate(context);
    }

    public override (string TypedName, JsonObject Body) Compute(IReadOnlyList<DocSet> sets, AggregationContext context)
    {
        var matched = Select(filter, sets, context);
        var body = new JsonObject { ["doc_count"] = matched.Sum(s => (long)s.Docs.Length) };
        ComputeAll(SubAggregations, matched, context, body);
        return ("filter", body);
    }

    public static IReadOnlyList<DocSet> Select(IQueryNode query, IReadOnlyList<DocSet> sets, AggregationContext context) =>
        [.. sets.Select(set => set.With(context.Matching(query, set)))];
}
