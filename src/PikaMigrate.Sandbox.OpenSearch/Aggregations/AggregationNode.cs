using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Query;

namespace PikaMigrate.Sandbox.OpenSearch.Aggregations;

/// <summary>A parsed aggregation: its name, <c>meta</c>, sub-aggregations, and how it computes over document sets.</summary>
internal abstract class AggregationNode(string name, JsonObject? meta, IReadOnlyList<AggregationNode> subAggregations)
{
    public string Name { get; } = name;

    public JsonObject? Meta { get; } = meta;

    public IReadOnlyList<AggregationNode> SubAggregations { get; } = subAggregations;

    /// <summary>What this aggregation is to a bucket order path.</summary>
    public virtual AggregationShape Shape => AggregationShape.MultiBucket;

    /// <summary>Whether a multi-value metric has this metric (<c>stats.avg</c>).</summary>
    public virtual bool HasMetric(string name) => false;

    /// <summary>Fails the index's shard if the aggregation cannot run on it (text fields without fielddata…).</summary>
    public virtual void Validate(QueryContext context)
    {
        foreach (var sub in SubAggregations)
        {
            sub.Validate(context);
        }
    }

    /// <returns>The typed name (for <c>typed_keys</c>) and the body.</returns>
    public abstract (string TypedName, JsonObject Body) Compute(IReadOnlyList<DocSet> sets, AggregationContext context);

    /// <summary>Writes every aggregation's result into <paramref name="target"/> (the response or a bucket).</summary>
    public static void ComputeAll(IReadOnlyList<AggregationNode> aggregations, IReadOnlyList<DocSet> sets, AggregationContext context, JsonObject target)
    {
        foreach (var aggregation in aggregations)
        {
            var (typed, body) = aggregation.Compute(sets, context);
            var result = body;
            if (aggregation.Meta is not null)
            {
                // meta comes first; the body's nodes move over (a node has one parent), nothing is copied.
                result = new JsonObject { ["meta"] = aggregation.Meta.DeepClone() };
                foreach (var key in body.Select(p => p.Key).ToList())
                {
                    var value = body[key];
                    body.Remove(key);
                    result[key] = value;
                }
            }

            target[context.Key(aggregation.Name, typed)] = result;
        }
    }
}
