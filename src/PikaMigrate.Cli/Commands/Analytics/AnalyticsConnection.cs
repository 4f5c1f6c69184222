using PikaMigrate.Analytics;
using PikaMigrate.Core.Configuration;
using PikaMigrate.OpenSearch.Http;

namespace PikaMigrate.Cli.Commands.Analytics;

/// <summary>The analytics service over a client connected to the domain (reachable, credentials accepted), and the client's lifetime.</summary>
internal sealed class AnalyticsConnection : IDisposable
{
    private readonly OpenSearchClient _client;

    private AnalyticsConnection(OpenSearchClient client, SessionAnalyticsService service)
    {
        _client = client;
        Service = service;
    }

    public SessionAnalyticsService Service { get; }

    public OpenSearchEndpoint Endpoint => _client.Endpoint;

    public static async Task<AnalyticsConnection> OpenAsync(PikaSettings settings, TimeProvider clock, CancellationToken cancellationToken)
    {
        var client = await OpenSearchClientFactory.ConnectAsync(settings, cancellationToken).ConfigureAwait(false);
        return new AnalyticsConnection(client, new SessionAnalyticsService(client, settings.SessionIndex, clock));
    }

    public void Dispose() => _client.Dispose();
}
