namespace PikaMigrate.DynamoDb.Retries;

/// <summary>
/// Exponential backoff with jitter for what the SDK's own retries do not cover: the part of a batch call left
/// undone (UnprocessedKeys, UnprocessedItems, throttled statements), and a whole call that failed transiently.
/// </summary>
public sealed record DynamoDbRetryOptions
{
    public int MaxRetries { get; init; } = 8;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(5);
}
