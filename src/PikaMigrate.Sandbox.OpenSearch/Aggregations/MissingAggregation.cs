using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.OpenSearch.Query;

namespace PikaMigrate.Sandbox.OpenSearch.Aggregations;

/// <summary><c>missing</c>: one bucket of the documents without a value for the field.</summary>
internal sealed class MissingAggregation(string name, JsonObject? meta, IReadOnlyList<AggregationNode> subs, string field) : AggregationNode(name, meta, subs)
{
    public override AggregationShape Shape => AggregationShape.SingleBucket;

    public static MissingAggregation Parse(string name, JsonObject? meta, IReadOnlyList<AggregationNode> subs, JsonObject body)
    {
        string? field = null;
        foreach (var (key, value) in body)
        {
            field = key == "field" ? JsonRead.String(value, key) : throw RequestErrors.Parsing($"[missing] unknown field [{key}]");
        }

        return new MissingAggregation(name, meta, subs, field ?? throw RequestErrors.MissingAggregationField());
    }

    public override void Validate(QueryContext context)
    {
        ValuesSource.Resolve(context, field, "missing", numericOnly: false);
        base.Validate(context);
    }

    public override (string TypedName, JsonObject Body) Compute(IReadOnlyList<DocSet> sets, AggregationContext context)
    {
        var missing = sets.Select(set =>
        {
            var source = ValuesSource.Resolve(context.For(set.Index), field, "missing", false);
            var column = source.Column(set.View);
            return set.With([.. set.Docs.Where(d => source.IsUnmapped || !column.Has(d))]);
        }).ToList();
        var body = new JsonObject { ["doc_count"] = missing.Sum(s => (long)s.Docs.Length) };
        ComputeAll(SubAggregations, missing, context, body);
        return ("missing", body);
    }
}
