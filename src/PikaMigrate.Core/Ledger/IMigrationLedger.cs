namespace PikaMigrate.Core.Ledger;

/// <summary>
/// Where the runner records what each step did. A ledger that cannot be read stops the run: "assume nothing ran"
/// could redo or skip work on production data.
/// </summary>
public interface IMigrationLedger
{
    /// <summary>The steps recorded for the migration to <paramref name="version"/>; empty when nothing ran (including a ledger never created).</summary>
    /// <exception cref="PreflightException">The ledger exists but cannot be read.</exception>
    Task<IReadOnlyList<StepRecord>> ReadAsync(string version, CancellationToken cancellationToken);

    /// <summary>Records a step's state, replacing what was recorded for it; durable once it returns.</summary>
    Task WriteAsync(StepRecord record, CancellationToken cancellationToken);
}
