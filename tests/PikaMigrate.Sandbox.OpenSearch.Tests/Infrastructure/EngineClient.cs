using System.Text;
using System.Text.Json.Nodes;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

/// <summary>Plain HTTP against the engine, as any OpenSearch client would talk to it.</summary>
public sealed class EngineClient(Uri endpoint) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = endpoint, Timeout = TimeSpan.FromSeconds(60) };

    public Task<EngineResponse> Get(string path) => Send(HttpMethod.Get, path);

    public Task<EngineResponse> Head(string path) => Send(HttpMethod.Head, path);

    public Task<EngineResponse> Delete(string path) => Send(HttpMethod.Delete, path);

    public Task<EngineResponse> Put(string path, object? body = null) => Send(HttpMethod.Put, path, body);

    public Task<EngineResponse> Post(string path, object? body = null) => Send(HttpMethod.Post, path, body);

    /// <summary>A search (GET with a body, as clients send it).</summary>
    public Task<EngineResponse> Search(string index, object body) => Send(HttpMethod.Post, $"/{index}/_search", body);

    /// <summary>NDJSON to <c>_bulk</c>: each line serialized, newline-terminated.</summary>
    public Task<EngineResponse> Bulk(string path, params object[] lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line is string json ? JsonNode.Parse(json)!.ToJsonString() : Serialize(line)).Append('\n');
        }

        return SendRaw(HttpMethod.Post, path, text.ToString(), "application/x-ndjson");
    }

    /// <summary>A GET asking for a response format (<c>Accept</c>).</summary>
    public Task<EngineResponse> GetAccepting(string path, string accept) => GetWithHeader(path, "Accept", accept);

    /// <summary>A GET with one extra request header (as a YAML <c>headers</c> section sends it).</summary>
    public Task<EngineResponse> GetWithHeader(string path, string name, string value) => SendRaw(HttpMethod.Get, path, null, null, (name, value));

    public Task<EngineResponse> SendRaw(HttpMethod method, string path, string? body, string? contentType, CancellationToken cancellationToken = default) =>
        SendRaw(method, path, body, contentType, header: null, cancellationToken);

    private async Task<EngineResponse> SendRaw(
        HttpMethod method, string path, string? body, string? contentType, (string Name, string Value)? header, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if (header is { } extra)
        {
            request.Headers.TryAddWithoutValidation(extra.Name, extra.Value);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = contentType is null ? null : new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        }

        using var response = await _http.SendAsync(request, cancellationToken);
        return new EngineResponse((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    /// <summary>Creates an index with a mapping (properties object) and checks it worked.</summary>
    public async Task CreateIndex(string index, object? mappings = null, object? settings = null)
    {
        var body = new JsonObject();
        if (settings is not null)
        {
            body["settings"] = JsonNode.Parse(Serialize(settings));
        }

        if (mappings is not null)
        {
            body["mappings"] = JsonNode.Parse(Serialize(mappings));
        }

        (await Put($"/{index}", body)).Expect(200);
    }

    /// <summary>Indexes documents by id and refreshes.</summary>
    public async Task Index(string index, params (string Id, object Source)[] docs)
    {
        var lines = new List<object>();
        foreach (var (id, source) in docs)
        {
            lines.Add(new { index = new { _index = index, _id = id } });
            lines.Add(source);
        }

        var response = (await Bulk("/_bulk?refresh=true", [.. lines])).Expect(200);
        Assert.False(response.Json["errors"]!.GetValue<bool>(), response.Text);
    }

    public void Dispose() => _http.Dispose();

    private Task<EngineResponse> Send(HttpMethod method, string path, object? body = null) =>
        SendRaw(method, path, body is null ? null : Serialize(body), body is null ? null : "application/json");

    /// <summary>Raw JSON strings pass through; nodes and objects are serialized.</summary>
    private static string Serialize(object value) => value switch
    {
        string json => json,
        JsonNode node => node.ToJsonString(),
        _ => System.Text.Json.JsonSerializer.Serialize(value),
    };
}
