namespace PikaMigrate.Core.Migrations;

/// <summary>
/// One step of a migration (a step of the upgrade guide): it can say what it would change, change it, and
/// check the result. Steps are idempotent: applying a step whose work is done changes nothing.
/// </summary>
public interface IMigrationStep
{
    StepInfo Info { get; }

    /// <summary>
    /// The step reads every record of the store it writes before writing it, and takes that store's additive-only
    /// baseline as it reads (<see cref="StepContext.Baselines"/>) instead of the runner reading the whole store first.
    /// </summary>
    bool TakesOwnBaseline => false;

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
