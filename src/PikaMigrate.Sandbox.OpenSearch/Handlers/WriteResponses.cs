using System.Text.Json.Nodes;
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
        if (forcedRefresh)
        {
            MarkForcedRefresh(json);
        }

        json["_shards"] = result.Outcome == WriteOutcome.Noop ? Shards(0, 0) : Shards(index.ShardCopies, 1);
        json["_seq_no"] = result.SeqNo;
        json["_primary_term"] = result.PrimaryTerm;
        return json;
    }

    /// <summary>Adds <c>forced_refresh</c> where DocWriteResponse prints it (after <c>result</c>).</summary>
    public static void MarkForcedRefresh(JsonObject response)
    {
        if (!response.ContainsKey("forced_refresh"))
        {
            response.Insert(response.IndexOf("result") + 1, "forced_refresh", true);
        }
    }

    /// <summary>The <c>get</c> object an update answers with when <c>_source</c> was requested.</summary>
    public static void AddGet(JsonObject response, UpdateSpec spec, UpdateResult result)
    {
        if (spec.Fetch is { Fetch: true } filter && result.Source is { } source)
        {
            response["get"] = new JsonObject
            {
                ["_seq_no"] = result.Write.SeqNo,
                ["_primary_term"] = result.Write.PrimaryTerm,
                ["found"] = true,
                ["_source"] = filter.Apply(source),
            };
        }
    }

    public static JsonObject Shards(int total, int successful) => new() { ["total"] = total, ["successful"] = successful, ["failed"] = 0 };

    public static int Status(WriteResult result) => result.Outcome switch
    {
        WriteOutcome.Created => 201,
        WriteOutcome.NotFound => 404,
        _ => 200,
    };
}
