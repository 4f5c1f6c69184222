namespace PikaMigrate.Core.Locking;

/// <summary>
/// The one-run-at-a-time lock, kept in the ledger with conditional writes. A lease that is not renewed expires
/// by itself, so a killed run never leaves the lock stuck.
/// </summary>
public interface ILeaseLock
{
    /// <summary>Takes the lock when it is free or its holder's lease has expired.</summary>
    Task<LockAttempt> TryAcquireAsync(LockHolder request, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the lock from <paramref name="dead"/> (a holder known to be dead) while its lease is still the one held, or
    /// when the lock is free or expired; otherwise it is held by whoever took it meanwhile.
    /// </summary>
    Task<LockAttempt> TakeOverAsync(LockHolder dead, LockHolder request, CancellationToken cancellationToken);

    /// <summary>Extends the lease; false when the lock is no longer ours (it expired and someone took it).</summary>
    Task<bool> RenewAsync(LockHolder renewed, CancellationToken cancellationToken);

    /// <summary>Frees the lock if it is still ours.</summary>
    Task ReleaseAsync(LockHolder holder, CancellationToken cancellationToken);

    /// <summary>The current holder, expired or not; null when nobody holds it.</summary>
    Task<LockHolder?> ReadAsync(CancellationToken cancellationToken);
}
