using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PikaMigrate.Cli.Tests.Migration;

/// <summary>
/// A loopback HTTP proxy in front of the engine, as a load balancer sits in front of an Amazon OpenSearch Service
/// domain (Kestrel, so a dropped connection is a real abort): it can rewrite what it forwards (e.g. throttle every <c>_update_by_query</c>) and, by rules, answer a request
/// with a fault instead: 429 or 503 without forwarding it, a 504 or a dropped connection after forwarding it (the
/// domain did the work; the answer is lost), or a dropped connection before. Real HTTP both ways.
/// </summary>
internal sealed class EngineProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _engine;
    private readonly Func<string, string, string> _rewrite;
    private readonly List<FaultRule> _rules;
    private readonly ConcurrentQueue<string> _forwarded = new();

    private EngineProxy(Uri engine, Func<string, string, string> rewrite, IEnumerable<FaultRule> rules)
    {
        _engine = new HttpClient { BaseAddress = engine };
        _rewrite = rewrite;
        _rules = [.. rules];
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.Run(ForwardAsync);
    }

    public enum Fault
    {
        TooManyRequests,
        ServiceUnavailable,
        GatewayTimeoutAfterForwarding,
        DropAfterForwarding,
        DropBeforeForwarding,
    }

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Every request the engine received through the proxy, as <c>METHOD /path?query</c>, in order.</summary>
    public IReadOnlyList<string> Forwarded => [.. _forwarded];

    /// <summary>Faults injected so far, as <c>Fault METHOD /path</c>.</summary>
    public ConcurrentQueue<string> Injected { get; } = new();

    /// <summary>Forwards everything, adding <c>requests_per_second</c> to every <c>_update_by_query</c> (a long task to kill a run in).</summary>
    public static Task<EngineProxy> ThrottlingAsync(Uri engine, double requestsPerSecond) => StartAsync(new(
        engine,
        (method, target) => method == "POST" && target.Split('?')[0].EndsWith("/_update_by_query", StringComparison.Ordinal)
            ? target + (target.Contains('?', StringComparison.Ordinal) ? "&" : "?") + FormattableString.Invariant($"requests_per_second={requestsPerSecond}")
            : target,
        []));

    /// <summary>Forwards everything but what a rule claims: the rule's fault for the occurrences it names.</summary>
    public static Task<EngineProxy> FaultyAsync(Uri engine, params FaultRule[] rules) => StartAsync(new(engine, (_, target) => target, rules));

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _engine.Dispose();
    }

    private static async Task<EngineProxy> StartAsync(EngineProxy proxy)
    {
        await proxy._app.StartAsync();
        var address = proxy._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        proxy.Endpoint = new Uri($"http://127.0.0.1:{new Uri(address).Port}/");
        return proxy;
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var incoming = context.Request;
        var path = incoming.Path.Value ?? "/";
        var fault = Claim(incoming.Method, path);
        if (fault is Fault.TooManyRequests or Fault.ServiceUnavailable or Fault.DropBeforeForwarding)
        {
            Injected.Enqueue($"{fault} {incoming.Method} {path}");
            if (fault == Fault.DropBeforeForwarding)
            {
                context.Abort();
                return;
            }

            context.Response.StatusCode = fault == Fault.TooManyRequests ? 429 : 503;
            return;
        }

        var target = _rewrite(incoming.Method, (path + incoming.QueryString.Value).TrimStart('/'));
        using var request = new HttpRequestMessage(new HttpMethod(incoming.Method), new Uri(target, UriKind.Relative));
        using var body = new MemoryStream();
        await incoming.Body.CopyToAsync(body);
        if (body.Length > 0 || incoming.ContentType is not null)
        {
            request.Content = new ByteArrayContent(body.ToArray());
            request.Content.Headers.TryAddWithoutValidation("Content-Type", incoming.ContentType);
        }

        _forwarded.Enqueue($"{incoming.Method} /{target}");
        using var response = await _engine.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (fault is Fault.GatewayTimeoutAfterForwarding or Fault.DropAfterForwarding)
        {
            // The engine did the work; its answer goes nowhere.
            Injected.Enqueue($"{fault} {incoming.Method} {path}");
            if (fault == Fault.DropAfterForwarding)
            {
                context.Abort();
                return;
            }

            context.Response.StatusCode = 504;
            context.Response.ContentType = "application/json";
            await context.Response.Body.WriteAsync("""{"message":"Gateway Timeout"}"""u8.ToArray());
            return;
        }

        context.Response.StatusCode = (int)response.StatusCode;
        context.Response.ContentType = response.Content.Headers.ContentType?.ToString();
        await context.Response.Body.WriteAsync(bytes);
    }

    private Fault? Claim(string method, string path)
    {
        lock (_rules)
        {
            // Every rule counts the requests it matches, whichever rule claims this one.
            var claims = _rules.Select(r => r.Claims(method, path)).ToList();
            return claims.FirstOrDefault(f => f is not null);
        }
    }

    /// <summary>A fault for the requests of one method whose path matches <paramref name="Path"/>, on the occurrences listed (1 = the first).</summary>
    internal sealed class FaultRule(string method, string path, Fault fault, params int[] occurrences)
    {
        private int _seen;

        public Fault? Claims(string requestMethod, string requestPath) =>
            requestMethod == method && Regex.IsMatch(requestPath, path, RegexOptions.CultureInvariant) && occurrences.Contains(++_seen) ? fault : null;
    }
}
