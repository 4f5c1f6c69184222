using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Indices;
using PikaMigrate.Sandbox.OpenSearch.Mapping;

namespace PikaMigrate.Sandbox.OpenSearch.Query;

/// <summary>The index a query is compiled for (its mapping) and the time <c>now</c> stands for.</summary>
internal sealed class QueryContext(EngineIndex index, long nowMillis)
{
    public EngineIndex Index { get; } = index;

    public IndexMapping Mapping { get; } = index.Mapping;

    public long NowMillis { get; } = nowMillis;

    public MappedField? Field(string path) => Mapping.Field(path);

    /// <summary>A query that cannot be built on this shard (bad value for the field's type…): a shard failure.</summary>
    public ShardFailureException Fail(string reason, ErrorCause? cause = null) =>
        new(SearchErrors.QueryShard("failed to create query: " + reason, Index.Name, Index.Uuid, cause));

    public ShardFailureException FailPlain(string reason, ErrorCause? cause = null) =>
        new(SearchErrors.QueryShard(reason, Index.Name, Index.Uuid, cause));

    public void RequireSearchable(MappedField field)
    {
        if (!field.Mapper.Indexed)
        {
            throw Fail($"Cannot search on field [{field.Path}] since it is not indexed.");
        }
    }
}
