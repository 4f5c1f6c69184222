using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Polly.Timeout;

namespace PikaMigrate.OpenSearch.Http;

/// <summary>
/// The OpenSearch REST calls the migration makes, typed, over one <see cref="HttpClient"/> whose handlers retry
/// and (for AWS) sign. Error answers become <see cref="OpenSearchException"/>; no answer at all becomes
/// <see cref="OpenSearchUnreachableException"/>.
/// </summary>
public sealed partial class OpenSearchClient : IDisposable
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = false,
    };

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");
    private readonly HttpClient _http;

    internal OpenSearchClient(HttpClient http, OpenSearchEndpoint endpoint, OpenSearchClientOptions options)
    {
        _http = http;
        Endpoint = endpoint;
        Options = options;
    }

    public OpenSearchEndpoint Endpoint { get; }

    /// <summary>The transport tuning, whose backoff callers reuse for item-level retries.</summary>
    public OpenSearchClientOptions Options { get; }

    public void Dispose() => _http.Dispose();

    /// <summary>A relative path of escaped segments, e.g. <c>session/_doc/a%2Fb</c>.</summary>
    private static string PathOf(params string[] segments) => string.Join('/', segments.Select(Uri.EscapeDataString));

    private static ByteArrayContent JsonBody(JsonNode body)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, Json));
        content.Headers.ContentType = JsonContentType;
        return content;
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string path, HttpContent? content, RetrySafety safety, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(method, path, content, safety, cancellationToken).ConfigureAwait(false);
        await ThrowIfFailedAsync(method, path, response, cancellationToken).ConfigureAwait(false);
        return await ReadAsync<T>(method, path, response, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, HttpContent? content, RetrySafety safety, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        request.Options.Set(RetryHandler.SafetyOption, safety);
        try
        {
            return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            throw Unreachable(method, path, e);
        }
        catch (TimeoutRejectedException e)
        {
            throw new OpenSearchUnreachableException(Endpoint.ToString(), method.Method, "/" + path, $"no answer within {e.Timeout.TotalSeconds:0} s", e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // SocketsHttpHandler's connect timeout surfaces as a cancellation that nobody asked for.
            throw new OpenSearchUnreachableException(Endpoint.ToString(), method.Method, "/" + path, "the connection could not be established in time", e)
            {
                NeverConnected = true,
            };
        }
    }

    private OpenSearchUnreachableException Unreachable(HttpMethod method, string path, HttpRequestException e)
    {
        var neverConnected = e.HttpRequestError is HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError
            || e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData or SocketError.HostUnreachable or SocketError.NetworkUnreachable };
        var detail = e.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => $"the host name {Endpoint.BaseAddress.Host} does not resolve",
            HttpRequestError.ConnectionError => "the connection was refused or could not be made",
            HttpRequestError.SecureConnectionError => "the TLS handshake failed",
            _ => e.InnerException?.Message ?? e.Message,
        };
        return new OpenSearchUnreachableException(Endpoint.ToString(), method.Method, "/" + path, detail, e) { NeverConnected = neverConnected };
    }

    private static async Task ThrowIfFailedAsync(HttpMethod method, string path, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        throw OpenSearchException.FromResponse(method.Method, "/" + path, response.StatusCode, body);
    }

    private static async Task<T> ReadAsync<T>(HttpMethod method, string path, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return await JsonSerializer.DeserializeAsync<T>(stream, Json, cancellationToken).ConfigureAwait(false)
                    ?? throw new JsonException("empty body");
            }
            catch (JsonException e)
            {
                throw new OpenSearchException(method.Method, "/" + path, response.StatusCode, null, $"the answer is not the JSON expected ({e.Message})");
            }
        }
    }
}
