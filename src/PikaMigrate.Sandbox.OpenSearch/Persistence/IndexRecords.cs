using System.Text.Json;
using PikaMigrate.Sandbox.OpenSearch.Documents;
using PikaMigrate.Sandbox.OpenSearch.Indices;
using PikaMigrate.Sandbox.OpenSearch.Mapping;

namespace PikaMigrate.Sandbox.OpenSearch.Persistence;

/// <summary>The records that describe an index in the log and in snapshots.</summary>
internal static class IndexRecords
{
    public static void WriteCreate(Utf8JsonWriter w, EngineIndex index, RootMapping mapping, long nextSeqNo, long nextOrdinal)
    {
        w.WriteStartObject();
        w.WriteString("op", "create");
        w.WriteString("index", index.Name);
        w.WriteString("uuid", index.Uuid);
        w.WriteNumber("created", index.CreationDate);
        w.WriteNumber("primary_term", index.PrimaryTerm);
        w.WriteNumber("next_seq", nextSeqNo);
        w.WriteNumber("next_ordinal", nextOrdinal);
        w.WritePropertyName("settings");
        index.Settings.ToStoredJson().WriteTo(w);
        w.WriteStartArray("aliases");
        foreach (var alias in index.Aliases)
        {
            w.WriteStringValue(alias);
        }

        w.WriteEndArray();
        w.WritePropertyName("mapping");
        MappingSerializer.ToJson(mapping).WriteTo(w);
        w.WriteEndObject();
    }

    public static void WriteDocument(Utf8JsonWriter w, string index, StoredDocument doc)
    {
        w.WriteStartObject();
        w.WriteString("op", "index");
        w.WriteString("index", index);
        w.WriteString("id", doc.Id);
        w.WriteNumber("seq", doc.SeqNo);
        w.WriteNumber("version", doc.Version);
        w.WriteNumber("term", doc.PrimaryTerm);
        w.WriteNumber("ordinal", doc.Ordinal);
        w.WritePropertyName("source");
        w.WriteRawValue(doc.Source, skipInputValidation: true);
        w.WriteEndObject();
    }
}
