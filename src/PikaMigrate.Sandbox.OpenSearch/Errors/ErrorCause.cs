using System.Text.Json.Nodes;

namespace PikaMigrate.Sandbox.OpenSearch.Errors;

/// <summary>
/// One exception as OpenSearch prints it: <c>type</c>, <c>reason</c>, metadata keys and an optional <c>caused_by</c>.
/// <see cref="IsOpenSearch"/> tells an OpenSearch exception from a plain Java one, because OpenSearch picks the
/// <c>root_cause</c> entries by walking down to the deepest OpenSearch exception.
/// </summary>
internal sealed class ErrorCause(string type, string? reason, bool isOpenSearch = true)
{
    private readonly List<KeyValuePair<string, JsonNode?>> _metadata = [];

    public string Type { get; } = type;

    public string? Reason { get; } = reason;

    public bool IsOpenSearch { get; } = isOpenSearch;

    public ErrorCause? CausedBy { get; init; }

    public IReadOnlyList<KeyValuePair<string, JsonNode?>> Metadata => _metadata;

    public ErrorCause With(string key, JsonNode? value)
    {
        _metadata.Add(new(key, value));
        return this;
    }

    /// <summary>The index metadata every index-level exception carries.</summary>
    public ErrorCause WithIndex(string index, string uuid) => With("index_uuid", uuid).With("index", index);

    /// <summary>The deepest OpenSearch exception of the chain (OpenSearchException.guessRootCauses).</summary>
    public ErrorCause RootCause()
    {
        var current = this;
        while (current.CausedBy is { IsOpenSearch: true } next)
        {
            current = next;
        }

        return current;
    }

    public JsonObject ToJson(bool includeCause = true)
    {
        var json = new JsonObject { ["type"] = Type, ["reason"] = Reason };
        foreach (var (key, value) in _metadata)
        {
            json[key] = value?.DeepClone();
        }

        if (includeCause && CausedBy is not null)
        {
            json["caused_by"] = CausedBy.ToJson();
        }

        return json;
    }
}
