namespace PikaMigrate.Sandbox.OpenSearch.Errors;

/// <summary>Thrown while a shard executes a search; the search collects it per index instead of failing at once.</summary>
internal sealed class ShardFailureException(ErrorCause cause, int status = 400) : Exception(cause.Reason)
{
    public ErrorCause Cause { get; } = cause;

    public int Status { get; } = status;
}
