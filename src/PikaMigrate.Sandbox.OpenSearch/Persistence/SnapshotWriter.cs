using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Indices;
using PikaMigrate.Sandbox.OpenSearch.Mapping;

namespace PikaMigrate.Sandbox.OpenSearch.Persistence;

/// <summary>
/// Writes a snapshot: per index a <c>create</c> record, then its documents grouped by the mapping version each was
/// indexed with (a <c>mapping</c> record before each group), the current mapping last; stored task results; an end marker.
/// </summary>
internal static class SnapshotWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    public static async Task WriteAsync(string path, long generation, IReadOnlyList<IndexState> indices, IReadOnlyList<(long Id, JsonObject Result)> tasks, CancellationToken cancellationToken)
    {
        var temporary = path + ".tmp";
        await using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: false))
        {
            Line(file, w =>
            {
                w.WriteStartObject();
                w.WriteString("op", "snapshot");
                w.WriteNumber("generation", generation);
                w.WriteEndObject();
            });
            foreach (var state in indices)
            {
                cancellationToken.ThrowIfCancellationRequested();
                WriteIndex(file, state);
            }

            foreach (var (id, result) in tasks)
            {
                Line(file, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("op", "task");
                    w.WriteNumber("id", id);
                    w.WritePropertyName("result");
                    result.WriteTo(w);
                    w.WriteEndObject();
                });
            }

            Line(file, w =>
            {
                w.WriteStartObject();
                w.WriteString("op", "end");
                w.WriteEndObject();
            });
            await file.FlushAsync(cancellationToken).ConfigureAwait(false);
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static void WriteIndex(Stream file, IndexState state)
    {
        var index = state.Index;
        var groups = state.Documents.GroupBy(d => d.Mapping).ToList();
        var first = groups.Count > 0 ? groups[0].Key.Root : state.Mapping.Root;
        Line(file, w => IndexRecords.WriteCreate(w, index, first, state.NextSeqNo, state.NextOrdinal));
        RootMapping written = first;
        foreach (var group in groups)
        {
            if (group.Key.Root != written)
            {
                MappingRecord(file, index.Name, group.Key.Root);
                written = group.Key.Root;
            }

            foreach (var doc in group)
            {
                Line(file, w => IndexRecords.WriteDocument(w, index.Name, doc));
            }
        }

        if (state.Mapping.Root != written)
        {
            MappingRecord(file, index.Name, state.Mapping.Root);
        }
    }

    private static void MappingRecord(Stream file, string index, RootMapping mapping) => Line(file, w =>
    {
        w.WriteStartObject();
        w.WriteString("op", "mapping");
        w.WriteString("index", index);
        w.WritePropertyName("mapping");
        MappingSerializer.ToJson(mapping).WriteTo(w);
        w.WriteEndObject();
    });

    private static void Line(Stream file, Action<Utf8JsonWriter> record)
    {
        using (var writer = new Utf8JsonWriter(file, Options))
        {
            record(writer);
        }

        file.WriteByte((byte)'\n');
    }
}
