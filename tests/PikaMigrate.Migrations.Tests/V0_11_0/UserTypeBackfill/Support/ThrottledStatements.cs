using System.Text.Json.Nodes;

namespace PikaMigrate.Migrations.Tests.V0_11_0.UserTypeBackfill.Support;

/// <summary>A BatchExecuteStatement call answered as a throttled table answers it: some statements (or all) fail with ProvisionedThroughputExceeded.</summary>
internal static class ThrottledStatements
{
    /// <summary>Runs only the kept statements on DynamoDB Local; the others answer ProvisionedThroughputExceeded in their place.</summary>
    public static async Task<JsonObject> AnswerAsync(JsonObject body, Func<JsonObject, Task<JsonObject>> forward, Func<int, bool> keep)
    {
        var statements = body["Statements"]!.AsArray().Select(s => s!.DeepClone()).ToList();
        var kept = statements.Where((_, i) => keep(i)).ToList();
        var answered = kept.Count == 0
            ? []
            : (await forward(new JsonObject { ["Statements"] = new JsonArray([.. kept]) }))["Responses"]!.AsArray().Select(r => r!.DeepClone()).ToList();
        var responses = new JsonArray();
        var next = 0;
        for (var i = 0; i < statements.Count; i++)
        {
            responses.Add(keep(i)
                ? answered[next++]
                : new JsonObject { ["Error"] = new JsonObject { ["Code"] = "ProvisionedThroughputExceeded", ["Message"] = "throttled" } });
        }

        return new JsonObject { ["Responses"] = responses };
    }
}
