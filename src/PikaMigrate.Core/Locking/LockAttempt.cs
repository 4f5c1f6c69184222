namespace PikaMigrate.Core.Locking;

/// <summary>The answer to a lock request: taken, or held by someone whose lease has not expired.</summary>
public sealed record LockAttempt(bool Acquired, LockHolder? Holder)
{
    public static LockAttempt Taken(LockHolder holder) => new(true, holder);

    public static LockAttempt HeldBy(LockHolder holder) => new(false, holder);
}
