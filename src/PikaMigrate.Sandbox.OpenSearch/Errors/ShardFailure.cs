namespace PikaMigrate.Sandbox.OpenSearch.Errors;

/// <summary>A search failure on one index's shard.</summary>
internal sealed record ShardFailure(string Index, string NodeId, ErrorCause Cause, int Status = 400);
