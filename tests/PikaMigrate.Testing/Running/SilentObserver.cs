using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Locking;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Core.Progress;
using PikaMigrate.Core.Running;

namespace PikaMigrate.Testing.Running;

/// <summary>A run observer that shows nothing and keeps what a test asserts on: skips, reruns, renewed baselines, lock waits and takeovers.</summary>
public sealed class SilentObserver : IRunObserver, IStepReporter
{
    public List<string> Skipped { get; } = [];

    /// <summary>Steps run again though recorded as done, with why.</summary>
    public List<(string Step, string Reason)> Reruns { get; } = [];

    public List<string> RenewedBaselines { get; } = [];

    public List<TimeSpan> LockWaits { get; } = [];

    public List<LockHolder> Takeovers { get; } = [];

    public IStepReporter StepStarting(StepInfo step) => this;

    public IStepReporter StepReading(StepInfo step, ReadingPass pass) => this;

    public void StepFinished(StepOutcome outcome)
    {
    }

    public void StepSkipped(StepInfo step, StepRecord record) => Skipped.Add(step.Id);

    public void StepRerunning(StepInfo step, StepRecord record, string reason) => Reruns.Add((step.Id, reason));

    public IStepReporter BaselineStarting(string name) => this;

    public void BaselineRenewed(string name, string reason) => RenewedBaselines.Add($"{name}: {reason}");

    public void WaitingForLock(LockHolder holder, TimeSpan wait) => LockWaits.Add(wait);

    public void LockTakenOver(LockHolder dead) => Takeovers.Add(dead);

    public void Line(string text)
    {
    }

    public void Progress(ProgressReport report)
    {
    }
}
