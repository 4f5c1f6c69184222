using System.Net.Http.Json;
using System.Text.Json;
using PikaMigrate.OpenSearch.Http;
using PikaMigrate.Testing;
using PikaMigrate.Testing.Ledger;

namespace PikaMigrate.Analytics.Dashboard.Tests.Fixtures;

/// <summary>
/// The dashboard server over one index of the engine, on a free loopback port, with "today" fixed so presets and
/// defaults do not move; and a plain HTTP client of its API, for what the page must show.
/// </summary>
internal sealed class DashboardHost : IAsyncDisposable
{
    /// <summary>The day the tests' datasets end on; "now" is that morning (UTC).</summary>
    public static readonly DateOnly Today = new(2025, 10, 1);

    public static readonly DateTimeOffset DataEnd = new(Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private readonly OpenSearchClient _client;
    private readonly HttpClient _http;

    private DashboardHost(OpenSearchClient client, DashboardServer server)
    {
        _client = client;
        Server = server;
        _http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(1) };
    }

    public DashboardServer Server { get; }

    public Uri Address => Server.Address;

    public static async Task<DashboardHost> StartAsync(OpenSearchEngineFixture engine, string index, string? entityAttribute = null)
    {
        var client = OpenSearchClientFactory.Create(engine.Settings(index));
        var analytics = new SessionAnalyticsService(client, index, new ManualTime(DataEnd.AddHours(9.5)));
        var server = await DashboardServer.StartAsync(analytics, new DashboardOptions { EntityAttributeName = entityAttribute }, CancellationToken.None);
        return new DashboardHost(client, server);
    }

    /// <summary>What the API answers for a request: the figures the page must show for the same filters.</summary>
    public async Task<SessionAnalyticsResponse> QueryAsync(SessionAnalyticsRequest request)
    {
        using var response = await _http.PostAsJsonAsync("api/analytics", request, AnalyticsJson.Options);
        var answer = await response.Content.ReadFromJsonAsync<SessionAnalyticsResponse>(AnalyticsJson.Options);
        return response.IsSuccessStatusCode && answer is { Success: true }
            ? answer
            : throw new InvalidOperationException($"The API answered HTTP {(int)response.StatusCode}: {answer?.Error}");
    }

    /// <summary>The filter bar's values and the presets' ranges, as the page reads them.</summary>
    public async Task<JsonElement> SetupAsync() => await _http.GetFromJsonAsync<JsonElement>("api/setup");

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Server.DisposeAsync();
        _client.Dispose();
    }
}
