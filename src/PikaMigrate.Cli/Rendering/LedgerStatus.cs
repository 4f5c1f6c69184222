using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Locking;

namespace PikaMigrate.Cli.Rendering;

/// <summary>Everything <c>status</c> shows: the ledger, the lock (and its last takeover) and each known migration.</summary>
internal sealed record LedgerStatus(string Ledger, LockHolder? Holder, LockTakeover? LastTakeover, DateTimeOffset Now, IReadOnlyList<MigrationStatus> Migrations)
{
    public bool IsLocked => Holder is not null && !Holder.IsExpired(Now);

    /// <summary>The unexpired lease is a killed run's, of this machine: nothing runs, and the next run takes it over or waits out the lease.</summary>
    public bool IsLeftByDeadRun => IsLocked && (Holder!.IsProvablyDead() || Holder.IsAbandonedOnThisHost());

    /// <summary>
    /// What a step's record means now: a step recorded as running only runs while a live run holds the lock, and a
    /// succeeded step whose stores were re-created since is pending again.
    /// </summary>
    public string StateOf(MigrationStatus migration, StepRecord? record) => record?.State switch
    {
        null or StepState.Pending => "pending",
        StepState.Succeeded when migration.StoresChanged.ContainsKey(record.StepId) => "pending-again",
        StepState.Succeeded => "succeeded",
        StepState.Failed => "failed",
        StepState.Running when IsLocked && !IsLeftByDeadRun => "running",
        _ => "interrupted",
    };
}
