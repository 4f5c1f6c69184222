using System.Globalization;
using Amazon.Runtime;

namespace PikaMigrate.OpenSearch.Signing;

/// <summary>
/// Signs each request (each retry afresh, so the date stays current) with credentials from the AWS SDK's chain,
/// which refreshes temporary credentials (SSO, assumed roles) itself.
/// </summary>
public sealed class SigV4SigningHandler(SigV4Signer signer, AWSCredentials credentials, TimeProvider clock) : DelegatingHandler
{
    private static readonly string[] OwnHeaders = ["Authorization", "X-Amz-Date", "X-Amz-Security-Token", "X-Amz-Content-SHA256"];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var identity = await credentials.GetCredentialsAsync().ConfigureAwait(false);
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        Apply(request, body, identity, clock.GetUtcNow());
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sets host, date, token, payload hash and the Authorization header on <paramref name="request"/>.</summary>
    public void Apply(HttpRequestMessage request, ReadOnlySpan<byte> body, ImmutableCredentials identity, DateTimeOffset now)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        foreach (var name in OwnHeaders)
        {
            request.Headers.Remove(name);
        }

        // Host is set explicitly so the value signed is the value sent.
        request.Headers.Host = uri.Authority;
        var payloadHash = SigV4Signer.HexSha256(body);
        request.Headers.TryAddWithoutValidation("X-Amz-Date", now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
        // Required by OpenSearch Serverless, harmless for managed domains (opensearch-py always sends it).
        request.Headers.TryAddWithoutValidation("X-Amz-Content-SHA256", payloadHash);
        if (!string.IsNullOrEmpty(identity.Token))
        {
            request.Headers.TryAddWithoutValidation("X-Amz-Security-Token", identity.Token);
        }

        var headers = new List<KeyValuePair<string, string>>
        {
            new("host", uri.Authority),
        };
        foreach (var header in request.Headers.NonValidated)
        {
            if (header.Key.StartsWith("X-Amz-", StringComparison.OrdinalIgnoreCase))
            {
                headers.AddRange(header.Value.Select(v => new KeyValuePair<string, string>(header.Key, v)));
            }
        }

        if (request.Content?.Headers.ContentType is { } contentType)
        {
            headers.Add(new("content-type", contentType.ToString()));
        }

        var signature = signer.Sign(new SigV4Request(request.Method.Method, uri.AbsolutePath, uri.Query, headers, payloadHash), identity, now);
        request.Headers.TryAddWithoutValidation("Authorization", signature.Authorization);
    }
}
