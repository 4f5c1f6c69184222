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

    public QueryContext For(EngineIndex index) => new(index, NowMillis);

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
