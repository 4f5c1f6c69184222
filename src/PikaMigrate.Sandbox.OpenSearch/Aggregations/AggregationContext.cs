using PikaMigrate.Sandbox.OpenSearch.Columns;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Indices;
using PikaMigrate.Sandbox.OpenSearch.Query;

namespace PikaMigrate.Sandbox.OpenSearch.Aggregations;

/// <summary>What aggregations need while they run: compiled filters per index, <c>typed_keys</c>, and the bucket limit.</summary>
internal sealed class AggregationContext(long nowMillis, bool typedKeys)
{
    /// <summary>search.max_buckets.</summary>
    public const int MaxBuckets = 65_535;

    private int _buckets;

    public long NowMillis { get; } = nowMillis;

    public bool TypedKeys { get; } = typedKeys;

    /// <summary>Filters already selected over a view: a filter under a terms bucket is selected once, not once per bucket.</summary>
    private readonly Dictionary<IQueryNode, Dictionary<SearchView, DocIdSet>> _selected = new(ReferenceEqualityComparer.Instance);

    public QueryContext For(EngineIndex index) => new(index, NowMillis);

    /// <summary>The documents of a set that match a filter, in the set's order.</summary>
    public int[] Matching(IQueryNode filter, DocSet set)
    {
        if (set.Docs.Length == 0)
        {
            return [];
        }

        var compiled = filter.Compile(For(set.Index));
        if (set.Docs.Length < set.View.Count / 32)
        {
            // A few documents: testing each is cheaper than selecting over the whole view.
            return [.. set.Docs.Where(doc => compiled.Matches(set.View.Documents[doc]))];
        }

        if (!_selected.TryGetValue(filter, out var byView))
        {
            _selected[filter] = byView = [];
        }

        if (!byView.TryGetValue(set.View, out var selected))
        {
            byView[set.View] = selected = compiled.Select(set.View);
        }

        return [.. set.Docs.Where(selected.Contains)];
    }

    public string Key(string name, string typedName) => TypedKeys ? typedName + "#" + name : name;

    /// <summary>Counts buckets against search.max_buckets.</summary>
    public void AddBuckets(int count)
    {
        _buckets += count;
        if (_buckets > MaxBuckets)
        {
            throw new ShardFailureException(new ErrorCause("too_many_buckets_exception",
                $"Trying to create too many buckets. Must be less than or equal to: [{MaxBuckets}] but was [{_buckets}]. This limit can be set by changing the [search.max_buckets] cluster level setting.")
                .With("max_buckets", MaxBuckets));
        }
    }
}
