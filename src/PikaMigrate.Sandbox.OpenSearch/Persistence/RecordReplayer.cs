using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Engine;
using PikaMigrate.Sandbox.OpenSearch.Indices;
using PikaMigrate.Sandbox.OpenSearch.Mapping;

namespace PikaMigrate.Sandbox.OpenSearch.Persistence;

/// <summary>Applies persisted records (from a snapshot or the log) to an engine, without logging them again.</summary>
internal sealed class RecordReplayer(OpenSearchEngine engine)
{
    /// <returns>False for the snapshot's end marker.</returns>
    public bool Apply(ReadOnlySpan<byte> line)
    {
        using var record = JsonDocument.Parse(line.ToArray());
        var root = record.RootElement;
        var op = root.GetProperty("op").GetString();
        switch (op)
        {
            case "snapshot":
                return true;
            case "end":
                return false;
            case "create":
                Create(root);
                return true;
            case "delete_index":
                engine.Unregister(root.GetProperty("index").GetString()!);
                return true;
            case "settings":
                Index(root).ReplaySettings(IndexSettings.Parse(JsonNode.Parse(root.GetProperty("settings").GetRawText())));
                return true;
            case "mapping":
                Index(root).ReplayMapping(Mapping(root.GetProperty("mapping")));
                return true;
            case "index":
                Index(root).ReplayIndex(
                    root.GetProperty("id").GetString()!,
                    root.GetProperty("seq").GetInt64(),
                    root.GetProperty("version").GetInt64(),
                    root.GetProperty("term").GetInt64(),
                    root.GetProperty("ordinal").GetInt64(),
                    Encoding.UTF8.GetBytes(root.GetProperty("source").GetRawText()));
                return true;
            case "delete":
                Index(root).ReplayDelete(root.GetProperty("id").GetString()!, root.GetProperty("seq").GetInt64(), root.GetProperty("version").GetInt64());
                return true;
            case "task":
                engine.Tasks.Restore(root.GetProperty("id").GetInt64(), JsonNode.Parse(root.GetProperty("result").GetRawText())!.AsObject());
                return true;
            default:
                throw new InvalidDataException($"Unknown persisted record [{op}].");
        }
    }

    private void Create(JsonElement root)
    {
        var settings = IndexSettings.Parse(JsonNode.Parse(root.GetProperty("settings").GetRawText()));
        var index = new EngineIndex(
            root.GetProperty("index").GetString()!,
            root.GetProperty("uuid").GetString()!,
            root.GetProperty("created").GetInt64(),
            settings,
            Mapping(root.GetProperty("mapping")),
            [.. root.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!)],
            root.GetProperty("primary_term").GetInt64(),
            engine.Host);
        index.RestoreCounters(root.GetProperty("next_seq").GetInt64(), root.GetProperty("next_ordinal").GetInt64());
        engine.Register(index);
    }

    private EngineIndex Index(JsonElement root)
    {
        var name = root.GetProperty("index").GetString()!;
        return engine.Find(name) ?? throw new InvalidDataException($"A persisted record names index [{name}] before it was created.");
    }

    private static RootMapping Mapping(JsonElement mapping) => MappingParser.ParseRoot(JsonNode.Parse(mapping.GetRawText())!.AsObject());
}
