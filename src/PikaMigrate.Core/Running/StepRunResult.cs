using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Core.Running;

/// <param name="Outcome">Set when the step ran in this run.</param>
/// <param name="Record">What the ledger now holds for the step.</param>
/// <param name="Rerun">Why a step the ledger recorded as succeeded ran again in this run.</param>
public sealed record StepRunResult(StepInfo Step, StepRunStatus Status, StepOutcome? Outcome, StepRecord? Record, string? Rerun = null)
{
    public bool Succeeded => Status == StepRunStatus.Skipped || (Status == StepRunStatus.Applied && Outcome!.Succeeded);
}
