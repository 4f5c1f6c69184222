using System.Text.Json;
using Amazon.DynamoDBv2.Model;

namespace PikaMigrate.DynamoDb.Digests;

/// <summary>
/// Writes a DynamoDB item as canonical JSON (type-tagged values, map keys and sets sorted), so equal items
/// always hash alike whatever order the SDK returns them in.
/// </summary>
public static class AttributeValueCanonicalizer
{
    private static readonly IReadOnlySet<string> NoExclusions = new HashSet<string>();

    /// <param name="excludedAttributes">Top-level attributes left out (nested maps keep all theirs).</param>
    public static void WriteItem(Utf8JsonWriter writer, Dictionary<string, AttributeValue> item, IReadOnlySet<string> excludedAttributes)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in item.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (excludedAttributes.Contains(name))
            {
                continue;
            }

            writer.WritePropertyName(name);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, AttributeValue value)
    {
        writer.WriteStartObject();
        if (value.S is not null)
        {
            writer.WriteString("S", value.S);
        }
        else if (value.N is not null)
        {
            writer.WriteString("N", value.N);
        }
        else if (value.BOOL is not null)
        {
            writer.WriteBoolean("BOOL", value.BOOL.Value);
        }
        else if (value.NULL is true)
        {
            writer.WriteBoolean("NULL", true);
        }
        else if (value.M is not null)
        {
            writer.WritePropertyName("M");
            WriteItem(writer, value.M, NoExclusions);
        }
        else if (value.L is not null)
        {
            writer.WriteStartArray("L");
            foreach (var element in value.L)
            {
                WriteValue(writer, element);
            }

            writer.WriteEndArray();
        }
        else if (value.SS is not null)
        {
            WriteSet(writer, "SS", value.SS);
        }
        else if (value.NS is not null)
        {
            WriteSet(writer, "NS", value.NS);
        }
        else if (value.B is not null)
        {
            writer.WriteString("B", Convert.ToBase64String(value.B.ToArray()));
        }
        else if (value.BS is not null)
        {
            WriteSet(writer, "BS", value.BS.Select(b => Convert.ToBase64String(b.ToArray())));
        }

        writer.WriteEndObject();
    }

    private static void WriteSet(Utf8JsonWriter writer, string tag, IEnumerable<string> members)
    {
        writer.WriteStartArray(tag);
        foreach (var member in members.Order(StringComparer.Ordinal))
        {
            writer.WriteStringValue(member);
        }

        writer.WriteEndArray();
    }
}
