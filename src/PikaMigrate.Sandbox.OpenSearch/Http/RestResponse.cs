using System.Text.Json.Nodes;

namespace PikaMigrate.Sandbox.OpenSearch.Http;

/// <summary>What a handler answers: a status and a JSON body (none for HEAD).</summary>
internal sealed record RestResponse(int Status, JsonNode? Body)
{
    public static RestResponse Ok(JsonNode body) => new(200, body);

    public static RestResponse Created(JsonNode body) => new(201, body);

    public static RestResponse Head(bool found) => new(found ? 200 : 404, null);

    public static readonly JsonObject Acknowledged = new() { ["acknowledged"] = true };

    public static RestResponse Ack() => Ok(new JsonObject { ["acknowledged"] = true });
}
