using System.Net;
using PikaMigrate.Core;
using PikaMigrate.Core.Configuration;

namespace PikaMigrate.OpenSearch.Http;

/// <summary>
/// Where the OpenSearch domain listens, from <c>PIKA_DOMAIN_ENDPOINT</c> as the guide's env file holds it: a bare
/// host (the form Pika publishes to SSM) or a URL. HTTPS unless the operator names plain <c>http://</c> on a
/// loopback address, the only place an unsigned, unencrypted connection is acceptable.
/// </summary>
public sealed record OpenSearchEndpoint
{
    private OpenSearchEndpoint(Uri baseAddress) => BaseAddress = baseAddress;

    /// <summary>Scheme, host and port, ending in <c>/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>True for plain HTTP to this machine: requests are not signed.</summary>
    public bool IsLocalPlainHttp => BaseAddress.Scheme == Uri.UriSchemeHttp;

    public override string ToString() => BaseAddress.GetLeftPart(UriPartial.Authority);

    public static OpenSearchEndpoint Parse(string? value)
    {
        var variable = PikaSettingsReader.DomainEndpointVariable;
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new PreflightException(
                $"{variable} is not set, so the OpenSearch domain is unknown.",
                $"Set {variable} in the env file to the domain endpoint, e.g. search-my-project-prod-abc123.us-east-1.es.amazonaws.com (the SSM parameter /stack/<project>/<stage>/opensearch/pika_domain_endpoint holds it).");
        }

        var text = value.Trim();
        var withScheme = text.Contains("://", StringComparison.Ordinal) ? text : "https://" + text;
        if (!Uri.TryCreate(withScheme, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https")
            || string.IsNullOrEmpty(uri.Host)
            || uri.UserInfo.Length > 0
            || uri.AbsolutePath != "/"
            || uri.Query.Length > 0
            || uri.Fragment.Length > 0)
        {
            throw new PreflightException(
                $"{variable} is not an OpenSearch endpoint (a host name, or an http(s) URL with no path).",
                $"Set {variable} to the domain's host name (optionally with https:// and a port), e.g. search-my-project-prod-abc123.us-east-1.es.amazonaws.com, without a path.");
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
        {
            throw new PreflightException(
                $"{variable} names plain http:// on another machine than this one ({uri.Host}): it is only allowed for localhost, 127.0.0.1 and ::1, because it would send signed requests and session data unencrypted.",
                $"Set {variable} with https:// (or no scheme) for {uri.Host}; Amazon OpenSearch Service domains enforce HTTPS.");
        }

        return new OpenSearchEndpoint(new Uri(uri.GetLeftPart(UriPartial.Authority) + "/"));
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
