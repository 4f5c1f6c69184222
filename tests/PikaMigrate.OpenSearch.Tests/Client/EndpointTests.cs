using System.Net;
using System.Net.Sockets;
using PikaMigrate.Core;
using PikaMigrate.OpenSearch.Http;
using PikaMigrate.Testing.OpenSearch;

namespace PikaMigrate.OpenSearch.Tests.Client;

/// <summary>PIKA_DOMAIN_ENDPOINT as operators write it, and endpoints that cannot be used.</summary>
public sealed class EndpointTests
{
    [Theory]
    [InlineData("search-pika-prod-abc.us-east-1.es.amazonaws.com", "https://search-pika-prod-abc.us-east-1.es.amazonaws.com/", false)]
    [InlineData("https://search-pika-prod-abc.us-east-1.es.amazonaws.com/", "https://search-pika-prod-abc.us-east-1.es.amazonaws.com/", false)]
    [InlineData("  vpc-x.eu-west-1.es.amazonaws.com:443 ", "https://vpc-x.eu-west-1.es.amazonaws.com/", false)]
    [InlineData("localhost:9200", "https://localhost:9200/", false)]
    [InlineData("http://localhost:9200", "http://localhost:9200/", true)]
    [InlineData("http://127.0.0.1:9200", "http://127.0.0.1:9200/", true)]
    [InlineData("http://[::1]:9200", "http://[::1]:9200/", true)]
    public void Accepts_hosts_with_or_without_scheme(string value, string expected, bool plainHttp)
    {
        var endpoint = OpenSearchEndpoint.Parse(value);

        Assert.Equal(expected, endpoint.BaseAddress.ToString());
        Assert.Equal(plainHttp, endpoint.IsLocalPlainHttp);
    }

    [Theory]
    [InlineData("http://search-pika-prod-abc.us-east-1.es.amazonaws.com", "names plain http:// on another machine than this one")]
    [InlineData("http://10.0.0.5:9200", "names plain http:// on another machine than this one")]
    [InlineData("ftp://search-x.es.amazonaws.com", "is not an OpenSearch endpoint")]
    [InlineData("https://search-x.es.amazonaws.com/_plugin/kibana", "is not an OpenSearch endpoint")]
    [InlineData("https://user:pw@search-x.es.amazonaws.com", "is not an OpenSearch endpoint")]
    [InlineData("not a host", "is not an OpenSearch endpoint")]
    [InlineData("", "PIKA_DOMAIN_ENDPOINT is not set")]
    public void Refuses_what_it_cannot_use(string value, string problem)
    {
        var refused = Assert.Throws<PreflightException>(() => OpenSearchEndpoint.Parse(value));

        Assert.Contains(problem, refused.Problem, StringComparison.Ordinal);
        Assert.Contains("PIKA_DOMAIN_ENDPOINT", refused.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_connection_is_a_preflight_error()
    {
        var port = UnusedPort();

        var refused = await Assert.ThrowsAsync<PreflightException>(() => OpenSearchClientFactory.ConnectAsync(TestSettings.For($"http://127.0.0.1:{port}"), default));

        Assert.Contains($"OpenSearch at http://127.0.0.1:{port} did not answer HEAD /session", refused.Problem, StringComparison.Ordinal);
        Assert.Contains("refused", refused.Problem, StringComparison.Ordinal);
        Assert.Contains("PIKA_DOMAIN_ENDPOINT", refused.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_that_does_not_resolve_is_a_preflight_error()
    {
        var refused = await Assert.ThrowsAsync<PreflightException>(() => OpenSearchClientFactory.ConnectAsync(TestSettings.For("search-nowhere.pika-migrate.invalid"), default));

        Assert.Contains("does not resolve", refused.Problem, StringComparison.Ordinal);
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
