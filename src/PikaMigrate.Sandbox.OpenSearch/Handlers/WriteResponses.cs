using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Http;
using PikaMigrate.Sandbox.OpenSearch.Indices;

namespace PikaMigrate.Sandbox.OpenSearch.Handlers;

/// <summary>DocWriteResponse bodies (single writes and bulk items) and the <c>refresh</c> parameter.</summary>
internal static class WriteResponses
{
    public static JsonObject Document(EngineIndex index, WriteResult result, bool forcedRefresh)
    {
        var json = new JsonObject
        {
            ["_index"] = index.Name,
            ["_id"] = result.Id,
            ["_version"] = result.Version,
            ["result"] = WriteOutcomes.Name(result.Outcome),
        };
        if (forcedRefresh && result.Outcome != WriteOutcome.Noop)
        {
            json["forced_refresh"] = true;
        }

        json["_shards"] = result.Outcome == WriteOutcome.Noop ? Shards(0, 0) : Shards(index.ShardCopies, 1);
        json["_seq_no"] = result.SeqNo;
        json["_primary_term"] = result.PrimaryTerm;
        return json;
    }

    public static JsonObject Shards(int total, int successful) => new() { ["total"] = total, ["successful"] = successful, ["failed"] = 0 };

    public static int Status(WriteResult result) => result.Outcome switch
    {
        WriteOutcome.Created => 201,
        WriteOutcome.NotFound => 404,
        _ => 200,
    };

    /// <summary><c>refresh</c>: true (or empty) forces a refresh and says so; <c>wait_for</c> waits silently.</summary>
    public static bool ForcedRefresh(QueryParameters query) => query.String("refresh") switch
    {
        null or "false" or "wait_for" => false,
        "" or "true" => true,
        var other => throw RequestErrors.IllegalArgument($"Unknown value for refresh: [{other}]."),
    };
}
