using System.Text.Json;
using System.Text.Json.Serialization;

namespace PikaMigrate.OpenSearch.Model;

public sealed record MultiGetDocument(
    [property: JsonPropertyName("_id")] string Id,
    bool Found,
    [property: JsonPropertyName("_source")] JsonElement? Source,
    ErrorCause? Error);
