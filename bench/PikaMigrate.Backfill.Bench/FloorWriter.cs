using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.Sandbox.Dataset;
using PikaMigrate.Testing.Data;

namespace PikaMigrate.Backfill.Bench;

/// <summary>
/// The server's floor for this backfill: the same conditional PartiQL writes ours sends, with every key and value
/// known in advance (no scan, no user lookups), 25 statements per call and 32 calls in flight, as ours allows.
/// No backfill finishes faster against the same endpoint.
/// </summary>
internal static class FloorWriter
{
    private const int StatementsPerCall = 25;
    private const int CallsInFlight = 32;

    /// <returns>The sessions updated; a statement that failed is not counted.</returns>
    public static async Task<int> RunAsync(IAmazonDynamoDB client, string sessionTable, PikaDataset dataset)
    {
        var statement = $"UPDATE \"{sessionTable}\" SET user_type=? WHERE user_id=? AND session_id=? AND user_type IS MISSING";
        var userTypes = dataset.ExpectedUserTypes();
        var calls = dataset.Sessions()
            .Where(s => s.UserType is null)
            .Select(s => new BatchStatementRequest
            {
                Statement = statement,
                Parameters = [new() { S = userTypes[s.SessionId] }, new() { S = s.UserId }, new() { S = s.SessionId }],
            })
            .Chunk(StatementsPerCall)
            .ToList();
        var next = -1;
        var updated = 0;
        await Task.WhenAll(Enumerable.Range(0, CallsInFlight).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < calls.Count; i = Interlocked.Increment(ref next))
            {
                var response = await client.BatchExecuteStatementAsync(new BatchExecuteStatementRequest { Statements = [.. calls[i]] });
                Interlocked.Add(ref updated, (response.Responses ?? []).Count(r => r.Error is null));
            }
        }));
        return updated;
    }
}
