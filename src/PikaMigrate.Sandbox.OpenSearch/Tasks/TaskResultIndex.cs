using System.Text.Json;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Engine;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Handlers;
using PikaMigrate.Sandbox.OpenSearch.Indices;

namespace PikaMigrate.Sandbox.OpenSearch.Tasks;

/// <summary>
/// The <c>.tasks</c> index, as OpenSearch's TaskResultsService keeps it: created on the first stored result (one shard,
/// its strict task mapping), each result indexed with the task id as document id. Searching it is how a client that
/// lost the answer to a task's start finds a task that already finished.
/// </summary>
internal static class TaskResultIndex
{
    public const string Name = ".tasks";

    private static readonly JsonObject Mapping = JsonNode.Parse("""
        {
          "_meta": { "version": 3 },
          "dynamic": "strict",
          "properties": {
            "completed": { "type": "boolean" },
            "task": {
              "properties": {
                "action": { "type": "keyword" },
                "cancellable": { "type": "boolean" },
                "cancelled": { "type": "boolean" },
                "id": { "type": "long" },
                "parent_task_id": { "type": "keyword" },
                "node": { "type": "keyword" },
                "running_time_in_nanos": { "type": "long" },
                "start_time_in_millis": { "type": "long" },
                "type": { "type": "keyword" },
                "status": { "type": "object", "enabled": false },
                "description": { "type": "text" },
                "headers": { "type": "object", "enabled": false }
              }
            },
            "response": { "type": "object", "enabled": false },
            "error": { "type": "object", "enabled": false }
          }
        }
        """)!.AsObject();

    private static readonly JsonObject Settings = new() { ["index"] = new JsonObject { ["number_of_shards"] = 1, ["auto_expand_replicas"] = "0-1" } };

    public static void Store(OpenSearchEngine engine, string taskId, JsonObject result)
    {
        var index = engine.Find(Name) ?? Create(engine);
        index.Index(new IndexRequest(taskId, JsonSerializer.SerializeToUtf8Bytes(result)));
    }

    private static EngineIndex Create(OpenSearchEngine engine)
    {
        try
        {
            return engine.Create(Name, IndexSettings.Parse(Settings.DeepClone()), IndicesHandler.ParseCreateMappings(Mapping.DeepClone()), []);
        }
        catch (OpenSearchException e) when (e.Error.Type == "resource_already_exists_exception")
        {
            return engine.Require(Name);
        }
    }
}
