using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Locking;
using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Core.Running;

/// <summary>Follows a run as it happens (the CLI renders it); the run's result comes back as a value.</summary>
public interface IRunObserver
{
    /// <summary>A step starts applying; what it reports goes to the returned reporter.</summary>
    IStepReporter StepStarting(StepInfo step);

    /// <summary>A read-only pass over a step starts (its plan, or its verify checks).</summary>
    IStepReporter StepReading(StepInfo step, ReadingPass pass);

    void StepFinished(StepOutcome outcome);

    /// <summary>A step already succeeded in an earlier run, still holds, and is not run again.</summary>
    void StepSkipped(StepInfo step, StepRecord record);

    /// <summary>A step the ledger records as succeeded runs again: its stores were re-created, or its check fails now.</summary>
    void StepRerunning(StepInfo step, StepRecord record, string reason);

    /// <summary>The lock is held by a run of this machine that was killed; this run waits for its lease to expire.</summary>
    void WaitingForLock(LockHolder holder, TimeSpan wait);

    /// <summary>The lock was held by a run of this machine that provably no longer exists; this run took it over.</summary>
    void LockTakenOver(LockHolder dead);

    /// <summary>An additive-only baseline recorded on an earlier incarnation of its store is recorded afresh.</summary>
    void BaselineRenewed(string name, string reason);

    /// <summary>An additive-only baseline is being recorded (before the first write) or recomputed (verify).</summary>
    IStepReporter BaselineStarting(string name);
}
