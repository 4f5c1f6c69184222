namespace PikaMigrate.Core.Locking;

/// <summary>Another run holds the lock; the CLI names the holder and exits 3.</summary>
public sealed class LockHeldException(LockHolder holder, string where)
    : Exception($"Another run holds the migration lock in {where}: {holder}.")
{
    public LockHolder Holder { get; } = holder;

    public string Where { get; } = where;
}
