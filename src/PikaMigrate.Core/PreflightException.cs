namespace PikaMigrate.Core;

/// <summary>
/// The environment does not allow the run (bad configuration, a missing table or index, a wrong endpoint,
/// missing permissions). Raised before anything is written; the CLI prints both parts and exits 2.
/// </summary>
public sealed class PreflightException : Exception
{
    public PreflightException(string problem, string fix)
        : base(problem)
    {
        Problem = problem;
        Fix = fix;
    }

    public PreflightException(string problem, string fix, Exception innerException)
        : base(problem, innerException)
    {
        Problem = problem;
        Fix = fix;
    }

    /// <summary>What is wrong, naming the setting, table, index or endpoint.</summary>
    public string Problem { get; }

    /// <summary>What the operator should do about it.</summary>
    public string Fix { get; }
}
