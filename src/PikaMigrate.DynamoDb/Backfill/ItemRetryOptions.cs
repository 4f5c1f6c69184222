namespace PikaMigrate.DynamoDb.Backfill;

/// <summary>Exponential backoff with jitter for what the SDK's own retries do not cover (per-item throttling).</summary>
public sealed record ItemRetryOptions
{
    public int MaxRetries { get; init; } = 8;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(5);
}
