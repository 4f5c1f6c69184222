using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Locking;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Core.Progress;
using PikaMigrate.Core.Running;

namespace PikaMigrate.Core.Tests.Running;

internal sealed class SilentObserver : IRunObserver, IStepReporter
{
    public List<string> Skipped { get; } = [];

    public IStepReporter StepStarting(StepInfo step) => this;

    public IStepReporter StepReading(StepInfo step, ReadingPass pass) => this;

    public void StepFinished(StepOutcome outcome)
    {
    }

    public void StepSkipped(StepInfo step, StepRecord record) => Skipped.Add(step.Id);

    public IStepReporter BaselineStarting(string name) => this;

    public List<TimeSpan> LockWaits { get; } = [];

    public void WaitingForLock(LockHolder holder, TimeSpan wait) => LockWaits.Add(wait);

    public void Line(string text)
    {
    }

    public void Progress(ProgressReport report)
    {
    }
}
