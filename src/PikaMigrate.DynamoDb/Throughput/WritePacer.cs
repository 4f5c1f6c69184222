namespace PikaMigrate.DynamoDb.Throughput;

/// <summary>
/// Spaces writes at the adaptive rate: each call reserves its items' share of a second after the previous reservation
/// (virtual scheduling), so the rate holds whatever the number of callers, an idle spell earns no burst, and a rate
/// that changes applies from the next reservation. With no limit it lets everything through at once. Hand-written
/// because System.Threading.RateLimiting's limiters fix their rate when built, and this one changes every second.
/// </summary>
public sealed class WritePacer(AdaptiveWriteRate rate, TimeProvider time)
{
    private readonly object _gate = new();
    private long _next;

    public AdaptiveWriteRate Rate => rate;

    /// <summary>Waits until <paramref name="items"/> may be sent; returns when they were let go, for <see cref="AdaptiveWriteRate.Throttled"/>.</summary>
    public async ValueTask<long> AcquireAsync(int items, CancellationToken cancellationToken)
    {
        long now, at;
        lock (_gate)
        {
            now = at = time.GetTimestamp();
            if (rate.Current is { } perSecond)
            {
                at = Math.Max(now, _next);
                _next = at + (long)(items / perSecond * time.TimestampFrequency);
            }
        }

        if (at > now)
        {
            await Task.Delay(time.GetElapsedTime(now, at), time, cancellationToken).ConfigureAwait(false);
        }

        rate.Sent(items, at);
        return at;
    }
}
