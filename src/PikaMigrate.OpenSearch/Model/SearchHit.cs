using System.Text.Json;
using System.Text.Json.Serialization;

namespace PikaMigrate.OpenSearch.Model;

public sealed record SearchHit(
    [property: JsonPropertyName("_id")] string Id,
    [property: JsonPropertyName("_source")] JsonElement? Source,
    JsonElement[]? Sort);
