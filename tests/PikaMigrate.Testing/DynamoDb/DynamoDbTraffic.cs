using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Amazon.Runtime;
using PikaMigrate.Testing.OpenSearch;

namespace PikaMigrate.Testing.DynamoDb;

/// <summary>
/// Sits between the SDK and DynamoDB Local on the real HTTP path: records every call and lets a test answer a
/// call itself (throttling, per-item errors, a dropped connection) or act just before it goes out (a racing
/// application write). Handed to the client through PikaMigrate.DynamoDb.DynamoDbClientFactory's HttpClientFactory.
/// </summary>
public sealed class DynamoDbTraffic : DelegatingHandler
{
    private int _sequence;

    public DynamoDbTraffic()
        : base(new SocketsHttpHandler())
    {
    }

    /// <summary>Return a response to answer the call without DynamoDB; null sends it on.</summary>
    public Func<DynamoDbCall, Func<JsonObject, Task<JsonObject>>, Task<HttpResponseMessage?>>? Intercept { get; set; }

    public ConcurrentQueue<DynamoDbCall> Calls { get; } = new();

    public int Count(string operation) => Calls.Count(c => c.Operation == operation);

    public HttpClientFactory Factory => new SingleClientFactory(new HttpClient(this, disposeHandler: false));

    public static HttpResponseMessage Error(string type, string message, HttpStatusCode status = HttpStatusCode.BadRequest) =>
        Json(new JsonObject { ["__type"] = $"com.amazonaws.dynamodb.v20120810#{type}", ["message"] = message }, status);

    public static HttpResponseMessage Throttled() =>
        Error("ProvisionedThroughputExceededException", "The level of configured provisioned throughput for the table was exceeded.");

    public static HttpResponseMessage Json(JsonObject body, HttpStatusCode status = HttpStatusCode.OK) => new(status)
    {
        Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/x-amz-json-1.0"),
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operation = request.Headers.TryGetValues("X-Amz-Target", out var targets) ? targets.First().Split('.').Last() : "?";
        var text = request.Content is null ? "{}" : await request.Content.ReadAsStringAsync(cancellationToken);
        var call = new DynamoDbCall(Interlocked.Increment(ref _sequence), operation, JsonNode.Parse(text)!.AsObject());
        Calls.Enqueue(call);
        if (Intercept is { } intercept)
        {
            var answer = await intercept(call, body => ForwardAsync(request, body, cancellationToken));
            if (answer is not null)
            {
                return answer;
            }
        }

        return await base.SendAsync(request, cancellationToken);
    }

    /// <summary>
    /// Serves this traffic over loopback HTTP in front of <paramref name="target"/> (DynamoDB Local), for a client that
    /// only takes an endpoint, such as the CLI through AWS_ENDPOINT_URL_DYNAMODB.
    /// </summary>
    public Task<ScriptedServer> ServeAsync(Uri target)
    {
        var invoker = new HttpMessageInvoker(this, disposeHandler: false);
        return ScriptedServer.StartAsync(async (context, received) =>
        {
            using var request = new HttpRequestMessage(new HttpMethod(received.Method), new Uri(target, received.RawTarget)) { Content = new ByteArrayContent(received.Body) };
            foreach (var (name, values) in received.Headers.Where(h => !h.Key.Equals("Host", StringComparison.OrdinalIgnoreCase)))
            {
                if (!request.Headers.TryAddWithoutValidation(name, values))
                {
                    request.Content.Headers.TryAddWithoutValidation(name, values);
                }
            }

            using var response = await invoker.SendAsync(request, context.RequestAborted);
            context.Response.StatusCode = (int)response.StatusCode;
            context.Response.ContentType = response.Content.Headers.ContentType?.ToString();
            await response.Content.CopyToAsync(context.Response.Body);
        });
    }

    /// <summary>Sends a changed body on to DynamoDB Local (which does not check signatures) and returns its JSON answer.</summary>
    private async Task<JsonObject> ForwardAsync(HttpRequestMessage original, JsonObject body, CancellationToken cancellationToken)
    {
        using var copy = new HttpRequestMessage(original.Method, original.RequestUri)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/x-amz-json-1.0"),
        };
        foreach (var header in original.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        using var response = await base.SendAsync(copy, cancellationToken);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!.AsObject();
    }

    private sealed class SingleClientFactory(HttpClient client) : HttpClientFactory
    {
        public override HttpClient CreateHttpClient(IClientConfig clientConfig) => client;

        public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

        public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => false;
    }
}
