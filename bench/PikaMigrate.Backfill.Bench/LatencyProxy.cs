using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PikaMigrate.Backfill.Bench;

/// <summary>
/// A loopback HTTP proxy in front of DynamoDB Local that holds every request for a fixed delay before sending it on,
/// giving the local server the round trip of an in-region AWS endpoint, and counts the requests by operation.
/// </summary>
internal sealed class LatencyProxy : IAsyncDisposable
{
    private static readonly HashSet<string> HopHeaders = new(StringComparer.OrdinalIgnoreCase) { "Host", "Connection", "Transfer-Encoding", "Keep-Alive" };
    private readonly WebApplication _app;
    private readonly HttpClient _target;
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ProxiedCall> _calls = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    private LatencyProxy(WebApplication app, HttpClient target)
    {
        _app = app;
        _target = target;
    }

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Requests since the last <see cref="Reset"/>.</summary>
    public int Requests => _requests.Values.Sum();

    public IReadOnlyDictionary<string, int> RequestsByOperation => new Dictionary<string, int>(_requests, StringComparer.Ordinal);

    /// <summary>Every request since the last <see cref="Reset"/>, timed from it.</summary>
    public IReadOnlyList<ProxiedCall> Calls => [.. _calls.OrderBy(c => c.Started)];

    public static async Task<LatencyProxy> StartAsync(Uri target, TimeSpan delay)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1024, UseProxy = false }) { BaseAddress = target, Timeout = TimeSpan.FromMinutes(2) };
        var proxy = new LatencyProxy(app, http);
        app.Run(context => proxy.ForwardAsync(context, delay));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        proxy.Endpoint = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        return proxy;
    }

    public void Reset()
    {
        _requests.Clear();
        _calls.Clear();
        _clock.Restart();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _target.Dispose();
    }

    private async Task ForwardAsync(HttpContext context, TimeSpan delay)
    {
        var target = context.Request.Headers["X-Amz-Target"].ToString();
        var operation = target[(target.LastIndexOf('.') + 1)..];
        _requests.AddOrUpdate(operation, 1, (_, n) => n + 1);
        var started = _clock.Elapsed;
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var projected = body.GetBuffer().AsSpan(0, (int)body.Length).IndexOf("\"ProjectionExpression\""u8) >= 0;
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay);
        }

        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), context.Request.Path + context.Request.QueryString)
        {
            Content = new ByteArrayContent(body.ToArray()),
        };
        foreach (var (name, values) in context.Request.Headers.Where(h => !HopHeaders.Contains(h.Key)))
        {
            if (!request.Headers.TryAddWithoutValidation(name, values.ToArray()))
            {
                request.Content.Headers.TryAddWithoutValidation(name, values.ToArray());
            }
        }

        using var response = await _target.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers).Where(h => !HopHeaders.Contains(h.Key)))
        {
            context.Response.Headers[name] = values.ToArray();
        }

        await response.Content.CopyToAsync(context.Response.Body);
        _calls.Enqueue(new ProxiedCall(operation, projected, started, _clock.Elapsed));
    }
}
