using System.Collections.Concurrent;
using Polly;
using Polly.Retry;

namespace PikaMigrate.DynamoDb.Backfill;

/// <summary>
/// Sends the part of a batch call that did not get done (UnprocessedKeys, throttled statements) again, and a
/// whole call that failed transiently, with exponential backoff and jitter. What is still left when the
/// retries run out is returned (or the last transient error thrown) so the caller can count it as an error.
/// </summary>
internal sealed class ItemRetry(ItemRetryOptions options)
{
    private readonly ConcurrentDictionary<Type, object> _pipelines = new();

    public int MaxRetries => options.MaxRetries;

    /// <param name="items">What the call has to get done.</param>
    /// <param name="attempt">Sends the given items once and returns those still to do.</param>
    public async Task<IReadOnlyList<T>> RunAsync<T>(
        IReadOnlyList<T> items,
        Func<IReadOnlyList<T>, CancellationToken, Task<IReadOnlyList<T>>> attempt,
        CancellationToken cancellationToken)
    {
        var pipeline = (ResiliencePipeline<IReadOnlyList<T>>)_pipelines.GetOrAdd(typeof(T), _ => Build<T>());
        var pending = items;
        return await pipeline.ExecuteAsync(
            async token => pending = await attempt(pending, token).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
    }

    private ResiliencePipeline<IReadOnlyList<T>> Build<T>() =>
        new ResiliencePipelineBuilder<IReadOnlyList<T>>()
            .AddRetry(new RetryStrategyOptions<IReadOnlyList<T>>
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: { } e } => DynamoDbErrors.IsTransient(e, args.Context.CancellationToken),
                    { Result: { Count: > 0 } } => true,
                    _ => false,
                }),
            })
            .Build();
}
