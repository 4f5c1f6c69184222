using System.Net;
using System.Net.Sockets;
using Polly;
using Polly.Timeout;

namespace PikaMigrate.OpenSearch.Http;

/// <summary>
/// Retries throttling (429), gateway and availability errors (502, 503, 504), dropped connections and attempt
/// timeouts with exponential backoff and jitter, honouring Retry-After. Sits outside the signer so every attempt
/// is signed anew.
/// </summary>
internal sealed class RetryHandler : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<RetrySafety> SafetyOption = new("pika.retry-safety");
    private static readonly ResiliencePropertyKey<RetrySafety> SafetyProperty = new("pika.retry-safety");

    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public RetryHandler(OpenSearchClientOptions options)
    {
        _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = options.Clock }
            .AddRetry(options.Backoff<HttpResponseMessage>(
                args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context.Properties.GetValue(SafetyProperty, RetrySafety.Idempotent))),
                args => ValueTask.FromResult(RetryAfter(args.Outcome, options.RetryMaxDelay))))
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            context.Properties.Set(SafetyProperty, request.Options.TryGetValue(SafetyOption, out var safety) ? safety : RetrySafety.Idempotent);
            return await _pipeline.ExecuteAsync(
                static async (ctx, state) => await state.Handler.SendCore(state.Request, ctx.CancellationToken).ConfigureAwait(false),
                context,
                (Handler: this, Request: request)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> SendCore(HttpRequestMessage request, CancellationToken cancellationToken) => base.SendAsync(request, cancellationToken);

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, RetrySafety safety)
    {
        if (outcome.Result is { } response)
        {
            return response.StatusCode switch
            {
                HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable => true,
                HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout => safety == RetrySafety.Idempotent,
                _ => false,
            };
        }

        return safety == RetrySafety.Idempotent && outcome.Exception is TimeoutRejectedException or HttpRequestException && IsDroppedConnection(outcome.Exception);
    }

    /// <summary>A connection that was made and then reset or closed early; not DNS failures or refused connections.</summary>
    internal static bool IsDroppedConnection(Exception exception)
    {
        if (exception is TimeoutRejectedException)
        {
            return true;
        }

        if (exception is HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded })
        {
            return true;
        }

        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException { SocketErrorCode: SocketError.ConnectionReset or SocketError.ConnectionAborted or SocketError.Shutdown })
            {
                return true;
            }
        }

        return false;
    }

    private static TimeSpan? RetryAfter(Outcome<HttpResponseMessage> outcome, TimeSpan maxDelay)
    {
        var header = outcome.Result?.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date is { } date ? date - DateTimeOffset.UtcNow : null);
        return delay is { } value && value > TimeSpan.Zero ? (value < maxDelay ? value : maxDelay) : null;
    }
}
