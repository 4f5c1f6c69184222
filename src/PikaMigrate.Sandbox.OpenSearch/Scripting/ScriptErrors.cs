using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.Painless;

namespace PikaMigrate.Sandbox.OpenSearch.Scripting;

/// <summary>A Painless failure as OpenSearch's <c>script_exception</c> (400): compile or runtime error with stack and position.</summary>
internal static class ScriptErrors
{
    public static ErrorCause From(PainlessException e, string source) =>
        new ErrorCause("script_exception", e.Kind == PainlessErrorKind.Compile ? "compile error" : "runtime error")
        {
            CausedBy = new ErrorCause(e.CauseType, e.CauseReason, isOpenSearch: false),
        }
        .With("script_stack", new JsonArray([.. e.ScriptStack.Select(s => (JsonNode)s)]))
        .With("script", source)
        .With("lang", "painless")
        .With("position", new JsonObject { ["offset"] = e.Offset, ["start"] = e.Start, ["end"] = e.End });

    public static OpenSearchException Exception(PainlessException e, string source) => new(400, From(e, source));
}
