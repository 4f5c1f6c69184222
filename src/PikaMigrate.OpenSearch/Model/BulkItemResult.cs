using System.Text.Json.Serialization;

namespace PikaMigrate.OpenSearch.Model;

/// <summary>One item of a <c>_bulk</c> response: <c>result</c> is <c>updated</c> or <c>noop</c>, or <c>error</c> says why not.</summary>
public sealed record BulkItemResult(
    [property: JsonPropertyName("_index")] string? Index,
    [property: JsonPropertyName("_id")] string? Id,
    int Status,
    string? Result,
    ErrorCause? Error);
