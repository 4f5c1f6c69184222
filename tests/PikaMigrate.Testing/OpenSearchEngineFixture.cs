using System.Text;
using System.Text.Json.Nodes;
using PikaMigrate.Core.Configuration;
using PikaMigrate.Sandbox.Dataset;
using PikaMigrate.Sandbox.OpenSearch;
using PikaMigrate.Sandbox.Seeding;
using PikaMigrate.Testing.OpenSearch;
using Xunit;

namespace PikaMigrate.Testing;

/// <summary>
/// One of our OpenSearch-compatible engines per test assembly, on a free loopback port, reached over real HTTP.
/// An engine that cannot start fails every test that needs it; nothing is skipped. Tests keep apart by using
/// indexes of their own (<see cref="NewIndex"/>).
/// </summary>
public sealed class OpenSearchEngineFixture : IAsyncLifetime
{
    private OpenSearchEngineServer? _server;
    private HttpClient? _http;

    public Uri Endpoint => _server?.Endpoint ?? throw new InvalidOperationException("The OpenSearch engine is not running.");

    /// <summary>Plain REST to the engine, for arranging test data the way Pika's own writers would.</summary>
    public HttpClient Http => _http ?? throw new InvalidOperationException("The OpenSearch engine is not running.");

    public async Task InitializeAsync()
    {
        _server = await OpenSearchEngineServer.StartAsync(new EngineOptions { Port = 0 }, CancellationToken.None);
        _http = new HttpClient { BaseAddress = _server.Endpoint, Timeout = TimeSpan.FromMinutes(1) };
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>A fresh index name, so tests sharing the engine never collide.</summary>
    public static string NewIndex(string purpose) => $"{purpose}-{Guid.NewGuid():N}"[..Math.Min(60, purpose.Length + 33)];

    /// <summary>The guide's variables pointing at the engine (plain HTTP on loopback: unsigned).</summary>
    public IReadOnlyDictionary<string, string> Variables => new Dictionary<string, string>
    {
        ["stage"] = "test",
        ["PIKA_SERVICE_PROJ_NAME_KEBAB_CASE"] = "pika",
        ["AWS_REGION"] = "us-east-1",
        ["PIKA_DOMAIN_ENDPOINT"] = Endpoint.GetLeftPart(UriPartial.Authority),
        ["AWS_ACCESS_KEY_ID"] = "local",
        ["AWS_SECRET_ACCESS_KEY"] = "local",
    };

    public PikaSettings Settings(string index) => new()
    {
        Stage = "test",
        Project = "pika",
        Region = "us-east-1",
        DomainEndpoint = Endpoint.GetLeftPart(UriPartial.Authority),
        SessionIndex = index,
        AwsVariables = new Dictionary<string, string>(Variables.Where(v => v.Key.StartsWith("AWS_", StringComparison.Ordinal))),
    };

    /// <summary>A 0.10-era session index: Pika 0.10's mapping and one document per generated session.</summary>
    public async Task<IReadOnlyList<SeedSession>> SeedAsync(string index, DatasetOptions options)
    {
        var dataset = new PikaDataset(options);
        await new OpenSearchSeeder(Http).SeedAsync(dataset, index, CancellationToken.None);
        return [.. dataset.Sessions()];
    }

    /// <summary>Partial updates (Pika's Lambda writes the same way), refreshed before returning; fails on any item error.</summary>
    public async Task UpdateAsync(string index, IEnumerable<(string Id, JsonObject Doc)> updates)
    {
        var body = new StringBuilder();
        foreach (var (id, doc) in updates)
        {
            body.Append(new JsonObject { ["update"] = new JsonObject { ["_index"] = index, ["_id"] = id } }.ToJsonString()).Append('\n');
            body.Append(new JsonObject { ["doc"] = doc }.ToJsonString()).Append('\n');
        }

        await BulkAsync(body.ToString());
    }

    /// <param name="refresh">False for a load of many bulks that refreshes once at its end.</param>
    public Task BulkAsync(string ndjson, bool refresh = true) => EngineRequests.BulkAsync(Http, ndjson, refresh);

    /// <summary>A raw request for arranging or inspecting state; throws on an error status.</summary>
    public Task<JsonNode?> SendAsync(HttpMethod method, string path, JsonNode? body = null) => EngineRequests.SendAsync(Http, method, path, body);
}
