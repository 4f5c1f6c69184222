namespace PikaMigrate.Core.Migrations;

/// <summary>
/// One step of a migration (a step of the upgrade guide): it can say what it would change, change it, and
/// check the result. Steps are idempotent: applying a step whose work is done changes nothing.
/// </summary>
public interface IMigrationStep
{
    StepInfo Info { get; }

    /// <summary>Read-only: what applying would change (counts), or why it cannot run.</summary>
    Task<StepPlan> PlanAsync(StepContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Does the work, resuming from <see cref="StepContext.Checkpoints"/> when an earlier run was cut off.
    /// Throws <see cref="PreflightException"/> before writing anything when the environment does not allow it.
    /// </summary>
    Task<StepOutcome> ApplyAsync(StepContext context, CancellationToken cancellationToken);

    /// <summary>Read-only: the checks that hold once the step's work is done.</summary>
    Task<IReadOnlyList<CheckResult>> VerifyAsync(StepContext context, CancellationToken cancellationToken);
}
