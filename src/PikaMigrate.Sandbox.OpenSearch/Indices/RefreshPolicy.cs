using PikaMigrate.Sandbox.OpenSearch.Errors;

namespace PikaMigrate.Sandbox.OpenSearch.Indices;

/// <summary>A write's <c>refresh</c> parameter (WriteRequest.RefreshPolicy).</summary>
internal enum RefreshPolicy
{
    /// <summary><c>false</c> or absent: searchable after the next refresh.</summary>
    None,

    /// <summary><c>true</c> or empty: refresh the shard before answering (<c>forced_refresh</c>).</summary>
    Immediate,

    /// <summary><c>wait_for</c>: answer once a refresh made the write searchable; never forces one.</summary>
    WaitUntil,
}

internal static class RefreshPolicies
{
    public static RefreshPolicy Parse(string? value) => value switch
    {
        null or "false" => RefreshPolicy.None,
        "" or "true" => RefreshPolicy.Immediate,
        "wait_for" => RefreshPolicy.WaitUntil,
        _ => throw RequestErrors.IllegalArgument($"Unknown value for refresh: [{value}]."),
    };

    /// <summary>Applies the policy after a write with <paramref name="seqNo"/>; true when a refresh was forced.</summary>
    public static async Task<bool> AfterWriteAsync(this RefreshPolicy policy, EngineIndex index, long seqNo, CancellationToken cancellationToken)
    {
        switch (policy)
        {
            case RefreshPolicy.Immediate:
                index.Refresh();
                return true;
            case RefreshPolicy.WaitUntil:
                return await index.WaitForRefreshAsync(seqNo, cancellationToken).ConfigureAwait(false);
            default:
                return false;
        }
    }
}
