using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Json;

namespace PikaMigrate.Sandbox.OpenSearch.Http;

/// <summary>One REST call: method, decoded path parameters, URL parameters and the raw body.</summary>
internal sealed class RestRequest(
    string method, string path, IReadOnlyDictionary<string, string> pathValues, QueryParameters query, ReadOnlyMemory<byte> body, string? opaqueId = null)
{
    private JsonObject? _object;
    private bool _parsed;

    public string Method { get; } = method;

    /// <summary>The path without the query string, as OpenSearch quotes it in messages.</summary>
    public string Path { get; } = path;

    public QueryParameters Query { get; } = query;

    public ReadOnlyMemory<byte> Body { get; } = body;

    /// <summary>The client's <c>X-Opaque-Id</c> header, which the tasks the request starts carry in their <c>headers</c>.</summary>
    public string? OpaqueId { get; } = opaqueId;

    public bool HasBody => !JsonBody.IsBlank(Body.Span);

    public string PathValue(string name) => pathValues[name];

    public string? OptionalPathValue(string name) => pathValues.GetValueOrDefault(name);

    /// <summary>The JSON body as an object, or null when there is none.</summary>
    public JsonObject? BodyObject()
    {
        if (!_parsed)
        {
            _object = JsonBody.ParseObject(Body);
            _parsed = true;
        }

        return _object;
    }
}
