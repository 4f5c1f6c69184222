using System.Text.Json.Nodes;

namespace PikaMigrate.Sandbox.OpenSearch.Errors;

/// <summary>A failure the REST layer turns into OpenSearch's error envelope with the given HTTP status.</summary>
internal sealed class OpenSearchException(int status, ErrorCause error, IReadOnlyList<ErrorCause>? rootCauses = null) : Exception(error.Reason)
{
    public int Status { get; } = status;

    public ErrorCause Error { get; } = error;

    /// <summary>The <c>root_cause</c> entries: the deepest OpenSearch exception unless a search names its shard failures.</summary>
    public IReadOnlyList<ErrorCause> RootCauses { get; } = rootCauses ?? [error.RootCause()];

    /// <summary><c>{"error":{"root_cause":[...],...},"status":N}</c></summary>
    public JsonObject ToEnvelope()
    {
        var error = new JsonObject { ["root_cause"] = new JsonArray([.. RootCauses.Select(c => (JsonNode)c.ToJson(includeCause: false))]) };
        foreach (var (key, value) in Error.ToJson())
        {
            error[key] = value?.DeepClone();
        }

        return new JsonObject { ["error"] = error, ["status"] = Status };
    }
}
