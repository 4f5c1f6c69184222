namespace PikaMigrate.Core.Locking;

/// <summary>A lock taken from a holder that was provably dead, as the ledger records it (status shows the last one).</summary>
public sealed record LockTakeover(LockHolder Dead, LockHolder By, DateTimeOffset At)
{
    /// <summary>The ledger checkpoint that keeps the last takeover, outside any migration's keys.</summary>
    public const string LedgerKey = "lock/last-takeover";
}
