using System.Globalization;

namespace PikaMigrate.Core.Locking;

/// <summary>Who holds (or asks for) the migration lock, and until when the lease lasts without a heartbeat.</summary>
/// <param name="LeaseId">Unique per acquisition; only the run holding it may renew or release the lock.</param>
/// <param name="Owner">The operating-system user.</param>
/// <param name="Command">The command line the holder runs, e.g. <c>pika-migrate migrate &lt;version&gt; --yes</c>.</param>
/// <param name="BootId">The boot of the holder's machine (<see cref="LocalProcesses.BootId"/>); null where the system has none.</param>
/// <param name="ProcessStart">When the holder's process started (<see cref="LocalProcesses.StartTicks"/>), so a reused pid is told apart.</param>
public sealed record LockHolder(
    string LeaseId,
    string Owner,
    string Host,
    int ProcessId,
    string Command,
    DateTimeOffset Acquired,
    DateTimeOffset Heartbeat,
    DateTimeOffset Expires,
    string? BootId = null,
    long? ProcessStart = null)
{
    public static LockHolder ForThisProcess(string command, DateTimeOffset now, TimeSpan ttl) => new(
        Guid.NewGuid().ToString("N"),
        Environment.UserName,
        Environment.MachineName,
        Environment.ProcessId,
        command,
        now,
        now,
        now + ttl,
        LocalProcesses.BootId,
        LocalProcesses.StartTicks(Environment.ProcessId));

    public bool IsExpired(DateTimeOffset now) => now >= Expires;

    /// <summary>
    /// Held by a process of this machine, in this boot, that provably no longer runs: no process has its id, or the one
    /// that has it started at another moment (its id was reused). Such a lease is taken over at once. A lease that does not
    /// say when its process started (another system, an older version) never is.
    /// </summary>
    public bool IsProvablyDead() =>
        Host == Environment.MachineName
        && BootId is not null && BootId == LocalProcesses.BootId
        && ProcessStart is { } started && LocalProcesses.StartTicks(ProcessId) != started;

    /// <summary>
    /// Held by a process of this machine that no longer runs, as far as its id tells (killed before it could release): its
    /// lease is sure to expire unrenewed. Without <see cref="IsProvablyDead"/>'s proof, only ever a reason to wait for the
    /// expiry, never to take the lock early, since another machine may share the host name.
    /// </summary>
    public bool IsAbandonedOnThisHost() =>
        Host == Environment.MachineName && ProcessId != Environment.ProcessId && !LocalProcesses.IsRunning(ProcessId);

    public LockHolder Renewed(DateTimeOffset now, TimeSpan ttl) => this with { Heartbeat = now, Expires = now + ttl };

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Owner}@{Host} (pid {ProcessId}) running '{Command}' since {Acquired:yyyy-MM-dd HH:mm:ss}Z, last heartbeat {Heartbeat:HH:mm:ss}Z, lease expires {Expires:HH:mm:ss}Z");
}
