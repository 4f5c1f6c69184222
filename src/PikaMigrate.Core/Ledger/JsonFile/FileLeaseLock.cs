using PikaMigrate.Core.Locking;

namespace PikaMigrate.Core.Ledger.JsonFile;

/// <summary>The lease lock in the ledger file; the file's exclusive lock makes each compare-and-set atomic.</summary>
public sealed class FileLeaseLock(LedgerFile file, TimeProvider time) : ILeaseLock
{
    public Task<LockAttempt> TryAcquireAsync(LockHolder request, CancellationToken cancellationToken) =>
        file.UpdateAsync(
            document =>
            {
                if (document.Lock is { } current && !current.IsExpired(time.GetUtcNow()))
                {
                    return (false, LockAttempt.HeldBy(current));
                }

                document.Lock = request;
                return (true, LockAttempt.Taken(request));
            },
            cancellationToken);

    public Task<LockAttempt> TakeOverAsync(LockHolder dead, LockHolder request, CancellationToken cancellationToken) =>
        file.UpdateAsync(
            document =>
            {
                if (document.Lock is { } current && current.LeaseId != dead.LeaseId && !current.IsExpired(time.GetUtcNow()))
                {
                    return (false, LockAttempt.HeldBy(current));
                }

                document.Lock = request;
                return (true, LockAttempt.Taken(request));
            },
            cancellationToken);

    public Task<bool> RenewAsync(LockHolder renewed, CancellationToken cancellationToken) =>
        file.UpdateAsync(
            document =>
            {
                if (document.Lock?.LeaseId != renewed.LeaseId)
                {
                    return (false, false);
                }

                document.Lock = renewed;
                return (true, true);
            },
            cancellationToken);

    public Task ReleaseAsync(LockHolder holder, CancellationToken cancellationToken) =>
        file.UpdateAsync(
            document =>
            {
                if (document.Lock?.LeaseId != holder.LeaseId)
                {
                    return (false, false);
                }

                document.Lock = null;
                return (true, true);
            },
            cancellationToken);

    public Task<LockHolder?> ReadAsync(CancellationToken cancellationToken) =>
        file.ReadAsync(document => document.Lock, cancellationToken);
}
