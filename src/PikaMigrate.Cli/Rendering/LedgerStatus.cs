using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Locking;

namespace PikaMigrate.Cli.Rendering;

/// <summary>Everything <c>status</c> shows: the ledger, the lock and each known migration.</summary>
internal sealed record LedgerStatus(string Ledger, LockHolder? Holder, DateTimeOffset Now, IReadOnlyList<MigrationStatus> Migrations)
{
    public bool IsLocked => Holder is not null && !Holder.IsExpired(Now);

    /// <summary>The unexpired lease is a killed run's, of this machine: nothing runs, and the next run waits out the lease.</summary>
    public bool IsLeftByDeadRun => IsLocked && Holder!.IsAbandonedOnThisHost();

    /// <summary>What a step's record means now: a step recorded as running only runs while a live run holds the lock.</summary>
    public string StateOf(StepRecord? record) => record?.State switch
    {
        null or StepState.Pending => "pending",
        StepState.Succeeded => "succeeded",
        StepState.Failed => "failed",
        StepState.Running when IsLocked && !IsLeftByDeadRun => "running",
        _ => "interrupted",
    };
}
