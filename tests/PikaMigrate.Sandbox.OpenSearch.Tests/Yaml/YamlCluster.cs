using System.Text;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Yaml;

/// <summary>
/// What an OpenSearch REST YAML test runs against: a cluster of its own, empty at the start (the YAML runner wipes
/// the cluster between tests), reached over HTTP. The engine runs with OpenSearch's defaults: a write is searchable
/// after a refresh, as in the original tests.
/// </summary>
public sealed class YamlCluster : IAsyncDisposable
{
    private readonly OpenSearchEngineServer _server;

    private YamlCluster(OpenSearchEngineServer server)
    {
        _server = server;
        Client = new EngineClient(server.Endpoint);
    }

    public EngineClient Client { get; }

    public static async Task<YamlCluster> StartAsync() => new(await OpenSearchEngineServer.StartAsync(new EngineOptions()));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _server.DisposeAsync();
    }

    /// <summary>A request as the YAML <c>do</c> sends it; the body is JSON text (or null).</summary>
    public Task<EngineResponse> Do(HttpMethod method, string path, string? body = null) =>
        Client.SendRaw(method, path, body, body is null ? null : "application/json");

    public Task<EngineResponse> Get(string path) => Do(HttpMethod.Get, path);

    public Task<EngineResponse> Head(string path) => Do(HttpMethod.Head, path);

    public Task<EngineResponse> Delete(string path) => Do(HttpMethod.Delete, path);

    public Task<EngineResponse> Put(string path, string? body = null) => Do(HttpMethod.Put, path, body);

    public Task<EngineResponse> Post(string path, string? body = null) => Do(HttpMethod.Post, path, body);

    /// <summary><c>bulk</c>: each line is a JSON document; the body ends with a newline.</summary>
    public Task<EngineResponse> Bulk(string path, params string[] lines)
    {
        var body = new StringBuilder();
        foreach (var line in lines)
        {
            body.Append(JsonNode.Parse(line)!.ToJsonString()).Append('\n');
        }

        return Client.SendRaw(HttpMethod.Post, path, body.ToString(), "application/x-ndjson");
    }

    /// <summary><c>indices.refresh</c> on every index, as many YAML setups do.</summary>
    public async Task RefreshAll() => (await Post("/_refresh")).Expect(200);
}
