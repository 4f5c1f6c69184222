using System.Text;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch;

namespace PikaMigrate.Sandbox.OpenSearch.Bench;

/// <summary>One engine the bench drives: started in this process, or another process's given as <c>NAME=URL</c>.</summary>
internal sealed class BenchEngine : IAsyncDisposable
{
    private readonly OpenSearchEngineServer? _server;

    private BenchEngine(string name, Uri endpoint, OpenSearchEngineServer? server)
    {
        Name = name;
        Endpoint = endpoint;
        _server = server;
        Http = new HttpClient { BaseAddress = endpoint, Timeout = TimeSpan.FromMinutes(10) };
    }

    public string Name { get; }

    public Uri Endpoint { get; }

    public HttpClient Http { get; }

    /// <summary>Whether the engine runs in this process, so its managed heap is this process's.</summary>
    public bool InProcess => _server is not null;

    public static async Task<IReadOnlyList<BenchEngine>> StartAsync(IReadOnlyList<string> specs)
    {
        if (specs.Count == 0)
        {
            var server = await OpenSearchEngineServer.StartAsync(new EngineOptions());
            return [new BenchEngine("this", server.Endpoint, server)];
        }

        return [.. specs.Select(spec => spec.Split('=', 2) is [var name, var url]
            ? new BenchEngine(name, new Uri(url.EndsWith('/') ? url : url + "/"), null)
            : throw new ArgumentException($"--engine takes NAME=URL, not '{spec}'"))];
    }

    public async Task<JsonNode> JsonAsync(HttpMethod method, string path, string? body)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? JsonNode.Parse(text)! : throw new InvalidOperationException($"{Name}: {method} {path}: {(int)response.StatusCode} {text}");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
