using Polly;
using Polly.Retry;

namespace PikaMigrate.OpenSearch.Http;

/// <summary>Transport tuning; the defaults suit Amazon OpenSearch Service, tests shorten the delays.</summary>
public sealed record OpenSearchClientOptions
{
    /// <summary>Retries after the first attempt for 429, 502, 503, 504 and dropped connections.</summary>
    public int MaxRetryAttempts { get; init; } = 6;

    /// <summary>The first backoff; it doubles per retry, with jitter, up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How long one attempt may take; the domain's load balancer itself gives up after 60 s.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>A VPC-only domain seen from outside its VPC never answers the connect: fail fast.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The backoff every retry here uses: exponential from <see cref="RetryBaseDelay"/>, with jitter.</summary>
    public RetryStrategyOptions<T> Backoff<T>(
        Func<RetryPredicateArguments<T>, ValueTask<bool>> shouldHandle, Func<RetryDelayGeneratorArguments<T>, ValueTask<TimeSpan?>>? delayGenerator = null) => new()
    {
        DelayGenerator = delayGenerator,
        MaxRetryAttempts = MaxRetryAttempts,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = RetryBaseDelay,
        MaxDelay = RetryMaxDelay,
        ShouldHandle = shouldHandle,
    };
}
