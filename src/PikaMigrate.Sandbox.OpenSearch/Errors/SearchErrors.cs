using System.Text.Json.Nodes;

namespace PikaMigrate.Sandbox.OpenSearch.Errors;

/// <summary>
/// Failures raised while a shard runs a search, and the <c>search_phase_execution_exception</c> the coordinating
/// node wraps them in when every shard failed.
/// </summary>
internal static class SearchErrors
{
    public static string FielddataReason(string field) =>
        "Text fields are not optimised for operations that require per-document field data like aggregations and sorting, "
        + "so these operations are disabled by default. Please use a keyword field instead. Alternatively, set fielddata=true on ["
        + field + "] in order to load field data by uninverting the inverted index. Note that this can use significant memory.";

    public static ErrorCause Fielddata(string field) => ShardArgument(FielddataReason(field));

    /// <summary>An IllegalArgumentException thrown on the shard (a plain Java exception).</summary>
    public static ErrorCause ShardArgument(string reason) => new("illegal_argument_exception", reason, isOpenSearch: false);

    public static ErrorCause QueryShard(string reason, string index, string uuid, ErrorCause? causedBy = null) =>
        new ErrorCause("query_shard_exception", reason) { CausedBy = causedBy }.WithIndex(index, uuid);

    public static ErrorCause ResultWindow(long window, int maxWindow) => ShardArgument(
        $"Result window is too large, from + size must be less than or equal to: [{maxWindow}] but was [{window}]. "
        + "See the scroll api for a more efficient way to request large data sets. This limit can be set by changing the [index.max_result_window] index level setting.");

    public static JsonObject FailedShard(ShardFailure failure) => new()
    {
        ["shard"] = 0,
        ["index"] = failure.Index,
        ["node"] = failure.NodeId,
        ["reason"] = failure.Cause.ToJson(),
    };

    /// <summary>
    /// All shards failed: identical (index, cause) failures are grouped; a plain Java cause is wrapped once more
    /// in <c>caused_by</c> (that is how OpenSearch's root-cause guess renders it), an OpenSearch one is not.
    /// </summary>
    public static OpenSearchException AllShardsFailed(IReadOnlyList<ShardFailure> failures)
    {
        var grouped = failures.DistinctBy(f => (f.Index, f.Cause.Type, f.Cause.Reason)).ToList();
        var first = grouped[0].Cause;
        var roots = grouped.Select(f => f.Cause.IsOpenSearch ? f.Cause.RootCause() : new ErrorCause(f.Cause.Type, f.Cause.Reason))
            .DistinctBy(c => (c.Type, c.Reason)).ToList();
        var error = new ErrorCause("search_phase_execution_exception", "all shards failed")
        {
            CausedBy = first.IsOpenSearch ? null : new ErrorCause(first.Type, first.Reason) { CausedBy = first },
        }
            .With("phase", "query")
            .With("grouped", true)
            .With("failed_shards", new JsonArray([.. grouped.Select(f => (JsonNode)FailedShard(f))]));
        return new OpenSearchException(grouped[0].Status, error, roots);
    }
}
