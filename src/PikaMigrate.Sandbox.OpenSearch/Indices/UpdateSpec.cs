using System.Text;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Documents;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.OpenSearch.Scripting;

namespace PikaMigrate.Sandbox.OpenSearch.Indices;

/// <summary>A partial update (<c>_update</c> body or a bulk <c>update</c> item).</summary>
internal sealed record UpdateSpec(string Id)
{
    private static readonly string[] Fields = ["doc", "upsert", "doc_as_upsert", "script", "scripted_upsert", "detect_noop", "_source"];

    public Dictionary<string, object?>? Doc { get; init; }

    public Dictionary<string, object?>? Upsert { get; init; }

    public bool DocAsUpsert { get; init; }

    public ScriptSpec? Script { get; init; }

    public bool ScriptedUpsert { get; init; }

    public bool DetectNoop { get; init; } = true;

    public long? IfSeqNo { get; init; }

    public long? IfPrimaryTerm { get; init; }

    /// <summary>Return the updated source as <c>get</c> in the response.</summary>
    public SourceFilter? Fetch { get; init; }

    public static UpdateSpec Parse(string id, JsonObject? body)
    {
        if (body is null)
        {
            throw RequestErrors.ActionValidation("script or doc is missing");
        }

        var spec = new UpdateSpec(id);
        foreach (var (key, value) in body)
        {
            spec = key switch
            {
                "doc" => spec with { Doc = Map(value, "doc") },
                "upsert" => spec with { Upsert = Map(value, "upsert") },
                "doc_as_upsert" => spec with { DocAsUpsert = JsonRead.Bool(value, key) },
                "script" => spec with { Script = ScriptSpec.Parse(value) },
                "scripted_upsert" => spec with { ScriptedUpsert = JsonRead.Bool(value, key) },
                "detect_noop" => spec with { DetectNoop = JsonRead.Bool(value, key) },
                "_source" => spec with { Fetch = SourceFilter.FromBody(value) },
                _ => throw RequestErrors.UnknownField("UpdateRequest", key, Fields),
            };
        }

        if (spec.Doc is null && spec.Script is null)
        {
            throw RequestErrors.ActionValidation("script or doc is missing");
        }

        if (spec.Doc is not null && spec.Script is not null)
        {
            throw RequestErrors.ActionValidation("can't provide both script and doc");
        }

        return spec;
    }

    private static Dictionary<string, object?> Map(JsonNode? node, string what) => node is JsonObject obj
        ? SourceValues.ReadObject(Encoding.UTF8.GetBytes(obj.ToJsonString()))
        : throw RequestErrors.Parsing($"[{what}] must be an object");
}
