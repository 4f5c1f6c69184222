using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Documents;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.OpenSearch.Scripting;

/// <summary>A request's <c>script</c>: <c>"source"</c> or <c>{"source","lang","params","options"}</c>; inline Painless only.</summary>
internal sealed record ScriptSpec(string Source, Dictionary<string, object?> Params, JsonObject Options)
{
    public static ScriptSpec Parse(JsonNode? node)
    {
        if (JsonRead.IsString(node))
        {
            return new ScriptSpec(node!.GetValue<string>(), [], []);
        }

        if (node is not JsonObject script)
        {
            throw RequestErrors.Parsing("Unknown key for a VALUE_NULL in [script].");
        }

        string? source = null;
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        var options = new JsonObject();
        foreach (var (key, value) in script)
        {
            switch (key)
            {
                case "source":
                    source = JsonRead.String(value, "source");
                    break;
                case "lang":
                    var lang = JsonRead.String(value, "lang");
                    if (lang != "painless")
                    {
                        throw RequestErrors.Unsupported($"script lang [{lang}] (only inline painless)");
                    }

                    break;
                case "params":
                    parameters = value is JsonObject p
                        ? SourceValues.ReadObject(System.Text.Encoding.UTF8.GetBytes(p.ToJsonString()))
                        : throw RequestErrors.Parsing("[params] must be an object");
                    break;
                case "options":
                    options = JsonRead.Object(value, "options");
                    break;
                case "id":
                    throw RequestErrors.Unsupported("stored scripts (script.id)");
                default:
                    throw RequestErrors.Parsing($"[script] unknown field [{key}]{DidYouMean.Suffix(key, ["source", "lang", "params", "options", "id"])}");
            }
        }

        return source is null
            ? throw RequestErrors.IllegalArgument("must specify either [source] for an inline script or [id] for a stored script")
            : new ScriptSpec(source, parameters, options);
    }

    /// <summary>Java's Script.toString, as task descriptions print it.</summary>
    public override string ToString() =>
        $"Script{{type=inline, lang='painless', idOrCode='{Source}', options={JavaText.Of(Options)}, params={JavaText.ToJavaString(Params)}}}";
}
