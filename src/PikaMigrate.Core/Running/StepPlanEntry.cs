using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Core.Running;

/// <param name="Record">What the ledger holds for the step, if it ran before.</param>
/// <param name="Plan">What applying it would change; null when it already succeeded and will be skipped.</param>
public sealed record StepPlanEntry(StepInfo Step, StepRecord? Record, StepPlan? Plan)
{
    public bool WillRun => Plan is not null;
}
