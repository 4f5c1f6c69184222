using System.Text.Json;

namespace PikaMigrate.Core.Digests;

/// <summary>
/// Writes a JSON value with object keys sorted (ordinal), numbers in one spelling and no whitespace, so the same
/// content always yields the same bytes whatever order and number format a store returns fields in.
/// </summary>
public static class CanonicalJson
{
    public static void Write(Utf8JsonWriter writer, JsonElement element, Func<string, bool>? skipTopLevelProperty = null)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    if (skipTopLevelProperty?.Invoke(property.Name) == true)
                    {
                        continue;
                    }

                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.Number when element.TryGetInt64(out var whole):
                writer.WriteNumberValue(whole);
                break;
            case JsonValueKind.Number:
                // OpenSearch rewrites a document's numbers as Java prints them when a script updates it
                // (0.00016 becomes 1.6E-4, 6 becomes 6.0): the same number must digest the same.
                writer.WriteNumberValue(element.GetDouble());
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
