using System.Text.Json;

namespace PikaMigrate.OpenSearch.Model;

/// <summary>An index's mapping as <c>GET /{index}/_mapping</c> returns it (the concrete index behind an alias).</summary>
public sealed record IndexMapping(string Index, IReadOnlyDictionary<string, FieldMapping> Properties)
{
    /// <summary>The field at a top-level name or a dotted path through objects (<c>session_attributes.user_id</c>).</summary>
    public FieldMapping? Find(string path)
    {
        var properties = Properties;
        FieldMapping? field = null;
        foreach (var part in path.Split('.'))
        {
            if (!properties.TryGetValue(part, out field))
            {
                return null;
            }

            properties = field.Properties;
        }

        return field;
    }

    internal static IndexMapping Parse(JsonElement root)
    {
        foreach (var index in root.EnumerateObject())
        {
            var properties = index.Value.TryGetProperty("mappings", out var mappings) && mappings.TryGetProperty("properties", out var props)
                ? ParseProperties(props)
                : new Dictionary<string, FieldMapping>();
            return new IndexMapping(index.Name, properties);
        }

        throw new JsonException("The mapping response names no index.");
    }

    private static Dictionary<string, FieldMapping> ParseProperties(JsonElement properties)
    {
        var result = new Dictionary<string, FieldMapping>(StringComparer.Ordinal);
        foreach (var property in properties.EnumerateObject())
        {
            var value = property.Value;
            result[property.Name] = new FieldMapping(
                value.TryGetProperty("type", out var type) ? type.GetString() : null,
                value.TryGetProperty("ignore_above", out var ignore) && ignore.TryGetInt32(out var above) ? above : null,
                value.TryGetProperty("fields", out var fields) ? ParseProperties(fields) : new Dictionary<string, FieldMapping>(),
                value.TryGetProperty("properties", out var nested) ? ParseProperties(nested) : new Dictionary<string, FieldMapping>());
        }

        return result;
    }
}
