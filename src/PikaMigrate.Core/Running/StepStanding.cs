using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Core.Running;

/// <summary>Where a step stands before a run reaches it: whether it runs, and why a step recorded as done runs again.</summary>
/// <param name="Record">What the ledger holds of the step, if it ran before.</param>
/// <param name="Rerun">Why a step the ledger records as succeeded runs again (its stores were re-created, or its check fails now).</param>
/// <param name="Checks">The step's own checks, when they were run to review it (they held unless <paramref name="Rerun"/> says otherwise).</param>
public sealed record StepStanding(StepRecord? Record, string? Rerun, IReadOnlyList<CheckResult>? Checks)
{
    /// <summary>True unless the step succeeded before and still holds.</summary>
    public bool Runs => Record?.State != StepState.Succeeded || Rerun is not null;
}
