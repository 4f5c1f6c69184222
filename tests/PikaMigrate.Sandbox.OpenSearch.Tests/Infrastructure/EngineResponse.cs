using System.Text.Json.Nodes;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

/// <summary>An HTTP answer from the engine: status, raw text and parsed JSON.</summary>
public sealed record EngineResponse(int Status, string Text)
{
    public JsonNode Json => JsonNode.Parse(Text) ?? throw new InvalidOperationException("Empty body.");

    public JsonNode? this[string path] => Path(path);

    /// <summary>A dotted path into the body (<c>error.root_cause.0.type</c>).</summary>
    public JsonNode? Path(string path)
    {
        JsonNode? node = Json;
        foreach (var part in path.Split('.'))
        {
            node = node switch
            {
                JsonArray array when int.TryParse(part, out var i) => i < array.Count ? array[i] : null,
                JsonObject obj => obj[part],
                _ => null,
            };
        }

        return node;
    }

    public string? String(string path) => Path(path)?.GetValue<string>();

    public long Long(string path) => Path(path)!.GetValue<long>();

    /// <summary>The raw JSON text at a path (to check how numbers are spelled, e.g. <c>6.0</c>).</summary>
    public string Raw(string path) => Path(path)?.ToJsonString() ?? "null";

    public EngineResponse Expect(int status)
    {
        Assert.True(Status == status, $"Expected HTTP {status} but got {Status}: {Text}");
        return this;
    }

    /// <summary>Asserts OpenSearch's error envelope: status, top-level type and reason, and the same root cause.</summary>
    public EngineResponse ExpectError(int status, string type, string reason)
    {
        Expect(status);
        Assert.Equal(status, Json["status"]!.GetValue<int>());
        Assert.Equal(type, String("error.type"));
        Assert.Equal(reason, String("error.reason"));
        Assert.Equal(type, String("error.root_cause.0.type"));
        Assert.Equal(reason, String("error.root_cause.0.reason"));
        return this;
    }
}
