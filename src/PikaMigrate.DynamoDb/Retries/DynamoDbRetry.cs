using System.Collections.Concurrent;
using Polly;
using Polly.Retry;

namespace PikaMigrate.DynamoDb.Retries;

/// <summary>
/// The one retry policy of the DynamoDB store, beside the SDK's own: exponential backoff with jitter for a whole
/// call that failed transiently (<see cref="DynamoDbErrors.IsTransient"/>) and for the part of a batch call that
/// did not get done. What is still left when the retries run out is returned (or the last transient error
/// thrown) so the caller can count it as an error.
/// </summary>
public sealed class DynamoDbRetry(DynamoDbRetryOptions options)
{
    private readonly ConcurrentDictionary<Type, object> _batchPipelines = new();
    private readonly ConcurrentDictionary<Type, object> _callPipelines = new();

    public int MaxRetries => options.MaxRetries;

    /// <param name="items">What the call has to get done.</param>
    /// <param name="attempt">Sends the given items once and returns those still to do.</param>
    public async Task<IReadOnlyList<T>> RunAsync<T>(
        IReadOnlyList<T> items,
        Func<IReadOnlyList<T>, CancellationToken, Task<IReadOnlyList<T>>> attempt,
        CancellationToken cancellationToken)
    {
        var pipeline = (ResiliencePipeline<IReadOnlyList<T>>)_batchPipelines.GetOrAdd(typeof(T), _ => Build<IReadOnlyList<T>>(static left => left.Count > 0));
        var pending = items;
        return await pipeline.ExecuteAsync(
            async token => pending = await attempt(pending, token).ConfigureAwait(false),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A single call, sent again while it fails transiently.</summary>
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var pipeline = (ResiliencePipeline<T>)_callPipelines.GetOrAdd(typeof(T), _ => Build<T>(static _ => false));
        return await pipeline.ExecuteAsync(async token => await call(token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    private ResiliencePipeline<T> Build<T>(Func<T, bool> unfinished) =>
        new ResiliencePipelineBuilder<T>()
            .AddRetry(new RetryStrategyOptions<T>
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
                {
                    { Exception: { } e } => DynamoDbErrors.IsTransient(e, args.Context.CancellationToken),
                    { Result: { } result } => unfinished(result),
                    _ => false,
                }),
            })
            .Build();
}
