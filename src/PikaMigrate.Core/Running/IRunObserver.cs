using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Core.Running;

/// <summary>Follows a run as it happens (the CLI renders it); the run's result comes back as a value.</summary>
public interface IRunObserver
{
    /// <summary>A step starts; what it reports goes to the returned reporter.</summary>
    IStepReporter StepStarting(StepInfo step);

    void StepFinished(StepOutcome outcome);

    /// <summary>A step already succeeded in an earlier run and is not run again.</summary>
    void StepSkipped(StepInfo step, StepRecord record);

    /// <summary>An additive-only baseline is being recorded (before the first write) or recomputed (verify).</summary>
    IStepReporter BaselineStarting(string name);
}
