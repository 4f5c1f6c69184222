using PikaMigrate.Core.Locking;

namespace PikaMigrate.Core.Running;

/// <summary>The run's lease could not be renewed, so it stopped before writing without the lock.</summary>
public sealed class LockLostException(LockHolder lease, string where)
    : Exception($"The migration lock in {where} was lost (lease {lease.LeaseId} could not be renewed); the run stopped. Re-run to resume.");
