using System.Net;
using System.Net.Sockets;

namespace PikaMigrate.Cli.Tests.Migration;

/// <summary>
/// A loopback HTTP proxy in front of the engine that adds <c>requests_per_second</c> to every <c>_update_by_query</c>,
/// as an operator would to spare a busy domain: the copy task then pauses between its batches for as long as a large
/// index would keep it running, so a test can kill the tool while the task runs. Everything else passes through as is.
/// </summary>
internal sealed class ThrottlingProxy : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly HttpClient _engine;
    private readonly string _throttle;
    private readonly Task _serving;

    private ThrottlingProxy(Uri engine, double requestsPerSecond)
    {
        _engine = new HttpClient { BaseAddress = engine };
        _throttle = FormattableString.Invariant($"requests_per_second={requestsPerSecond}");
        Endpoint = new Uri($"http://127.0.0.1:{FreePort()}/");
        _listener.Prefixes.Add(Endpoint.ToString());
        _listener.Start();
        _serving = ServeAsync();
    }

    public Uri Endpoint { get; }

    public static ThrottlingProxy Start(Uri engine, double requestsPerSecond) => new(engine, requestsPerSecond);

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _serving;
        _listener.Close();
        _engine.Dispose();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => ForwardAsync(context));
        }
    }

    private async Task ForwardAsync(HttpListenerContext context)
    {
        var incoming = context.Request;
        var target = incoming.Url!.PathAndQuery.TrimStart('/');
        if (incoming.HttpMethod == "POST" && incoming.Url.AbsolutePath.EndsWith("/_update_by_query", StringComparison.Ordinal))
        {
            target += (target.Contains('?', StringComparison.Ordinal) ? "&" : "?") + _throttle;
        }

        using var request = new HttpRequestMessage(new HttpMethod(incoming.HttpMethod), new Uri(target, UriKind.Relative));
        if (incoming.HasEntityBody)
        {
            using var body = new MemoryStream();
            await incoming.InputStream.CopyToAsync(body);
            request.Content = new ByteArrayContent(body.ToArray());
            request.Content.Headers.TryAddWithoutValidation("Content-Type", incoming.ContentType);
        }

        var outgoing = context.Response;
        try
        {
            using var response = await _engine.SendAsync(request);
            outgoing.StatusCode = (int)response.StatusCode;
            outgoing.ContentType = response.Content.Headers.ContentType?.ToString();
            var bytes = await response.Content.ReadAsByteArrayAsync();
            outgoing.ContentLength64 = bytes.Length;
            await outgoing.OutputStream.WriteAsync(bytes);
        }
        catch (HttpRequestException)
        {
            outgoing.StatusCode = (int)HttpStatusCode.BadGateway;
        }
        finally
        {
            outgoing.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
