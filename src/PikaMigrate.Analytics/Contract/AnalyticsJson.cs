using System.Text.Json;
using System.Text.Json.Serialization;

namespace PikaMigrate.Analytics;

/// <summary>How the request and response documents are written and read: Pika's camelCase names.</summary>
public static class AnalyticsJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
