using Amazon.DynamoDBv2;
using PikaMigrate.Sandbox.Dataset;
using PikaMigrate.Testing.Data;
using PikaMigrate.Testing.DynamoDb;

namespace PikaMigrate.Backfill.Bench;

/// <summary>
/// What a run left in chat-session, against what the backfill must leave: every seeded session still there with
/// every seeded attribute unchanged, the right user_type on each, and no other item.
/// </summary>
internal static class FinalState
{
    /// <returns>"ok", or how many items differ and the first differences.</returns>
    public static async Task<string> CheckAsync(IAmazonDynamoDB client, string sessionTable, PikaDataset dataset)
    {
        var items = (await client.ScanAllAsync(sessionTable)).ToDictionary(i => i["session_id"].S, MigratedDataset.ItemJson, StringComparer.Ordinal);
        var differences = StateDifferences.Between(dataset.MigratedItems(), items);
        return differences.Count == 0 ? "ok" : $"BAD: {differences.Count} items differ, e.g. {string.Join("; ", differences.Take(3))}";
    }
}
