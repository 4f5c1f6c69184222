using PikaMigrate.Core.Checkpoints;
using PikaMigrate.Core.Ledger;

namespace PikaMigrate.Core.Migrations;

/// <summary>What the runner hands a step: its own durable checkpoints, where its output goes, and its last recorded run.</summary>
public sealed class StepContext(ICheckpointStore checkpoints, IStepReporter reporter, StepRecord? lastRun = null)
{
    /// <summary>Durable state scoped to this step (a killed run resumes from it).</summary>
    public ICheckpointStore Checkpoints { get; } = checkpoints;

    public IStepReporter Reporter { get; } = reporter;

    /// <summary>What the ledger holds of the step's last run, if it ran (e.g. to tell what was written since it ran).</summary>
    public StepRecord? LastRun { get; } = lastRun;

    /// <summary>
    /// For a step that <see cref="IMigrationStep.TakesOwnBaseline"/>: its store's baselines not recorded yet, each to be
    /// settled before the step's first write to a record it has not digested, and all of them by the time it succeeds.
    /// </summary>
    public IReadOnlyList<PendingBaseline> Baselines { get; init; } = [];

    /// <summary>
    /// For a step recorded as done that runs again because its own checks fail now: those checks, so it can mend what
    /// they name and not only what it would do on a first run.
    /// </summary>
    public IReadOnlyList<CheckResult> FailedChecks { get; init; } = [];
}
