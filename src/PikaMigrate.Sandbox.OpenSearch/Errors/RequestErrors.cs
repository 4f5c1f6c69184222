using System.Text.Json.Nodes;

namespace PikaMigrate.Sandbox.OpenSearch.Errors;

/// <summary>Errors about the request itself: arguments, parsing, parameters, and features this engine does not have.</summary>
internal static class RequestErrors
{
    public static OpenSearchException IllegalArgument(string reason, ErrorCause? causedBy = null) =>
        new(400, new ErrorCause("illegal_argument_exception", reason, isOpenSearch: false) { CausedBy = causedBy });

    public static OpenSearchException Parsing(string reason) => new(400, new ErrorCause("parsing_exception", reason));

    public static OpenSearchException XContentParse(string reason) => new(400, new ErrorCause("x_content_parse_exception", reason));

    public static OpenSearchException ActionValidation(params string[] problems) =>
        new(400, new ErrorCause("action_request_validation_exception",
            "Validation Failed: " + string.Concat(problems.Select((p, i) => $"{i + 1}: {p};"))));

    public static OpenSearchException ResourceNotFound(string reason) => new(404, new ErrorCause("resource_not_found_exception", reason));

    /// <summary>
    /// A real OpenSearch feature this engine does not implement: an honest 400 that names it, never a silent
    /// wrong answer.
    /// </summary>
    public static OpenSearchException Unsupported(string feature) =>
        IllegalArgument($"{feature} is not supported by the pika-migrate sandbox engine");

    public static OpenSearchException UnrecognizedParameters(string path, IReadOnlyList<string> unknown, IEnumerable<string> allowed)
    {
        var known = allowed.ToList();
        var parts = unknown.Select(p =>
        {
            var candidates = DidYouMean.Candidates(p, known);
            return candidates.Count switch
            {
                0 => $"[{p}]",
                1 => $"[{p}] -> did you mean [{candidates[0]}]?",
                _ => $"[{p}] -> did you mean any of [{string.Join(", ", candidates)}]?",
            };
        });
        var noun = unknown.Count == 1 ? "parameter" : "parameters";
        return IllegalArgument($"request [{path}] contains unrecognized {noun}: {string.Join(", ", parts)}");
    }

    public static OpenSearchException InvalidBoolean(string value) =>
        IllegalArgument($"Failed to parse value [{value}] as only [true] or [false] are allowed.");

    public static OpenSearchException InvalidInt(string name, string value) =>
        IllegalArgument($"Failed to parse int parameter [{name}] with value [{value}]");

    /// <summary>A body that is not valid JSON, located as OpenSearch's parser would ([line:column]).</summary>
    public static OpenSearchException MalformedJson(System.Text.Json.JsonException e) =>
        XContentParse($"[{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}] {e.Message}");

    public static OpenSearchException UnknownField(string parser, string field, IEnumerable<string> known) =>
        XContentParse($"[{parser}] unknown field [{field}]{DidYouMean.Suffix(field, known)}");

    public static OpenSearchException RequestBodyRequired() => ActionValidation("request body is required");

    public static JsonObject PlainError(string message, int status) => new() { ["error"] = message, ["status"] = status };
}
