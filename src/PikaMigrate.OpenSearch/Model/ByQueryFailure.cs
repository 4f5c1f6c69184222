namespace PikaMigrate.OpenSearch.Model;

/// <summary>
/// One failure of an <c>_update_by_query</c>: a write (<c>id</c>, <c>cause</c>, <c>status</c>) or a search shard
/// (<c>shard</c>, <c>node</c>, <c>reason</c>).
/// </summary>
public sealed record ByQueryFailure(string? Index, string? Id, ErrorCause? Cause, int? Status, ErrorCause? Reason)
{
    public override string ToString() =>
        Id is not null ? $"{Id}: {Cause}" : $"search on {Index ?? "the index"}: {Reason ?? Cause}";
}
