using PikaMigrate.Core.Locking;

namespace PikaMigrate.Cli.Rendering;

/// <summary>Everything <c>status</c> shows: the ledger, the lock and each known migration.</summary>
internal sealed record LedgerStatus(string Ledger, LockHolder? Holder, DateTimeOffset Now, IReadOnlyList<MigrationStatus> Migrations)
{
    public bool IsLocked => Holder is not null && !Holder.IsExpired(Now);
}
