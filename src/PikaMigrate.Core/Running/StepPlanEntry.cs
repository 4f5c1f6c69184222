using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Core.Running;

/// <param name="Record">What the ledger holds for the step, if it ran before.</param>
/// <param name="Plan">What applying it would change; null when it already succeeded, still holds, and will be skipped.</param>
/// <param name="Rerun">Why a step the ledger records as succeeded would run again.</param>
public sealed record StepPlanEntry(StepInfo Step, StepRecord? Record, StepPlan? Plan, string? Rerun = null)
{
    public bool WillRun => Plan is not null;
}
