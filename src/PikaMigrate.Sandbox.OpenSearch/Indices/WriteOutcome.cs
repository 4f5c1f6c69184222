namespace PikaMigrate.Sandbox.OpenSearch.Indices;

/// <summary>The <c>result</c> of a document write.</summary>
internal enum WriteOutcome
{
    Created,
    Updated,
    Deleted,
    NotFound,
    Noop,
}

/// <summary>The wire names of <see cref="WriteOutcome"/>.</summary>
internal static class WriteOutcomes
{
    public static string Name(WriteOutcome outcome) => outcome switch
    {
        WriteOutcome.Created => "created",
        WriteOutcome.Updated => "updated",
        WriteOutcome.Deleted => "deleted",
        WriteOutcome.NotFound => "not_found",
        _ => "noop",
    };
}
