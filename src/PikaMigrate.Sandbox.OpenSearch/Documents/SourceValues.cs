using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.OpenSearch.Documents;

/// <summary>
/// <c>_source</c> as the mutable value model scripts and partial updates work on (objects are
/// <see cref="Dictionary{TKey,TValue}"/>, arrays <see cref="List{T}"/>, numbers int/long/double as Jackson reads them),
/// and back to JSON with Java's number spelling.
/// </summary>
internal static class SourceValues
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <summary>The source bytes to keep: as sent, unless they span lines (the operation log is one record per line).</summary>
    public static byte[] Compact(ReadOnlyMemory<byte> json)
    {
        if (json.Span.IndexOfAny((byte)'\n', (byte)'\r') < 0)
        {
            return json.ToArray();
        }

        using var document = JsonDocument.Parse(json);
        var buffer = new ArrayBufferWriter<byte>(json.Length);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            document.RootElement.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static Dictionary<string, object?> ReadObject(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
        reader.Read();
        return reader.TokenType == JsonTokenType.StartObject
            ? ReadObject(ref reader)
            : throw new JsonException("The source is not a JSON object.");
    }

    public static object? Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 256 });
        reader.Read();
        return ReadValue(ref reader);
    }

    public static byte[] Write(object? value)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WriteValue(writer, value);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                if (double.IsFinite(d))
                {
                    writer.WriteRawValue(JavaText.FormatDouble(d), skipInputValidation: true);
                }
                else
                {
                    writer.WriteStringValue(JavaText.FormatDouble(d));
                }

                break;
            case float f:
                if (float.IsFinite(f))
                {
                    writer.WriteRawValue(JavaText.FormatFloat(f), skipInputValidation: true);
                }
                else
                {
                    writer.WriteStringValue(JavaText.FormatFloat(f));
                }

                break;
            case char c:
                writer.WriteStringValue(c.ToString());
                break;
            case short or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong or decimal:
                writer.WriteRawValue(((IFormattable)value).ToString(null, CultureInfo.InvariantCulture), skipInputValidation: true);
                break;
            case IDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }

                writer.WriteEndObject();
                break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(value.ToString());
                break;
        }
    }

    /// <summary>Java's <c>Objects.equals</c> over the value model: maps ignore key order, numbers must share a type.</summary>
    public static bool DeepEquals(object? a, object? b)
    {
        switch (a, b)
        {
            case (null, null):
                return true;
            case (null, _) or (_, null):
                return false;
            case (IDictionary<string, object?> x, IDictionary<string, object?> y):
                return x.Count == y.Count && x.All(kv => y.TryGetValue(kv.Key, out var other) && DeepEquals(kv.Value, other));
            case (IList<object?> x, IList<object?> y):
                return x.Count == y.Count && x.Zip(y).All(p => DeepEquals(p.First, p.Second));
            default:
                return a.GetType() == b.GetType() && a.Equals(b);
        }
    }

    /// <summary>
    /// The partial-update merge (XContentHelper.update): objects merge recursively, other values replace.
    /// Returns whether anything changed (noop detection).
    /// </summary>
    public static bool Merge(Dictionary<string, object?> source, Dictionary<string, object?> changes, bool checkUnequal = true)
    {
        var modified = false;
        foreach (var (key, value) in changes)
        {
            if (!source.TryGetValue(key, out var old))
            {
                source[key] = value;
                modified = true;
                continue;
            }

            if (old is Dictionary<string, object?> oldMap && value is Dictionary<string, object?> newMap)
            {
                modified |= Merge(oldMap, newMap, checkUnequal && !modified);
                continue;
            }

            source[key] = value;
            if (modified)
            {
                continue;
            }

            modified = !checkUnequal || !DeepEquals(old, value);
        }

        return modified;
    }

    private static Dictionary<string, object?> ReadObject(ref Utf8JsonReader reader)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            reader.Read();
            map[key] = ReadValue(ref reader);
        }

        return map;
    }

    private static object? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadObject(ref reader);
            case JsonTokenType.StartArray:
                var list = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(ReadValue(ref reader));
                }

                return list;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            case JsonTokenType.Number:
                var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
                if (raw.AsSpan().IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0)
                {
                    if (reader.TryGetInt32(out var i))
                    {
                        return i;
                    }

                    if (reader.TryGetInt64(out var l))
                    {
                        return l;
                    }
                }

                return reader.GetDouble();
            default:
                return null;
        }
    }
}
