namespace PikaMigrate.Core.Locking;

/// <summary>
/// A held lock, renewed in the background. When a renewal finds the lock taken, or renewals keep failing until the
/// lease would have run out, <see cref="Lost"/> is cancelled so the run stops before it writes without the lock.
/// </summary>
public sealed class Lease : IAsyncDisposable
{
    private readonly ILeaseLock _lock;
    private readonly LeaseOptions _options;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _heartbeat;

    private Lease(ILeaseLock @lock, LockHolder holder, LeaseOptions options, TimeProvider time)
    {
        _lock = @lock;
        Holder = holder;
        _options = options;
        _time = time;
        _heartbeat = Task.Run(HeartbeatAsync);
    }

    public LockHolder Holder { get; private set; }

    /// <summary>Cancelled when the lock can no longer be trusted to be ours.</summary>
    public CancellationToken Lost => _lost.Token;

    /// <exception cref="LockHeldException">Another run holds an unexpired lease.</exception>
    public static Task<Lease> AcquireAsync(
        ILeaseLock @lock, string where, string command, LeaseOptions options, TimeProvider time, CancellationToken cancellationToken) =>
        TakeAsync(@lock, where, command, options, time, request => @lock.TryAcquireAsync(request, cancellationToken));

    /// <summary>Takes the lock from a holder known to be dead, without waiting for its lease to expire.</summary>
    /// <exception cref="LockHeldException">Another run took the lock meanwhile.</exception>
    public static Task<Lease> TakeOverAsync(
        ILeaseLock @lock, LockHolder dead, string where, string command, LeaseOptions options, TimeProvider time, CancellationToken cancellationToken) =>
        TakeAsync(@lock, where, command, options, time, request => @lock.TakeOverAsync(dead, request, cancellationToken));

    private static async Task<Lease> TakeAsync(
        ILeaseLock @lock, string where, string command, LeaseOptions options, TimeProvider time, Func<LockHolder, Task<LockAttempt>> take)
    {
        var request = LockHolder.ForThisProcess(command, time.GetUtcNow(), options.TimeToLive);
        var attempt = await take(request).ConfigureAwait(false);
        return attempt.Acquired
            ? new Lease(@lock, request, options, time)
            : throw new LockHeldException(attempt.Holder!, where);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _heartbeat.ConfigureAwait(false);
        if (!_lost.IsCancellationRequested)
        {
            // Best effort: if the release fails, the lease still expires by itself.
            try
            {
                await _lock.ReleaseAsync(Holder, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception)
            {
            }
        }

        _stop.Dispose();
        _lost.Dispose();
    }

    private async Task HeartbeatAsync()
    {
        using var timer = new PeriodicTimer(_options.HeartbeatInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                var renewed = Holder.Renewed(_time.GetUtcNow(), _options.TimeToLive);
                bool stillOurs;
                try
                {
                    stillOurs = await _lock.RenewAsync(renewed, _stop.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A failed renewal is not yet a lost lock; it is once the lease we last wrote has run out.
                    if (Holder.IsExpired(_time.GetUtcNow() + _options.HeartbeatInterval))
                    {
                        await _lost.CancelAsync().ConfigureAwait(false);
                        return;
                    }

                    continue;
                }

                if (!stillOurs)
                {
                    await _lost.CancelAsync().ConfigureAwait(false);
                    return;
                }

                Holder = renewed;
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
    }
}
