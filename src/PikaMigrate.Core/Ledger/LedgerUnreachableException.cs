namespace PikaMigrate.Core.Ledger;

/// <summary>
/// The ledger's store could not be reached (no connection, no answer). Before the first write the CLI reports it as
/// a preflight error naming the ledger and its endpoint; after, as a stopped run to resume.
/// </summary>
public sealed class LedgerUnreachableException(string problem, string fix, Exception innerException) : Exception(problem, innerException)
{
    /// <summary>What the operator can do about it, e.g. another endpoint, or a ledger file.</summary>
    public string Fix { get; } = fix;
}
