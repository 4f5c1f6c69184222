using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace PikaMigrate.Testing.DynamoDb;

/// <summary>Reading a test's tables back whole (strongly consistent), to compare with what a run must leave.</summary>
public static class SessionTables
{
    public static async Task<List<Dictionary<string, AttributeValue>>> ScanAllAsync(this IAmazonDynamoDB client, string table)
    {
        var items = new List<Dictionary<string, AttributeValue>>();
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var page = await client.ScanAsync(new ScanRequest { TableName = table, ExclusiveStartKey = start, ConsistentRead = true });
            items.AddRange(page.Items ?? []);
            start = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (start is not null);
        return items;
    }

    /// <summary>user_type by session id (null where absent).</summary>
    public static async Task<Dictionary<string, string?>> UserTypesAsync(this IAmazonDynamoDB client, string sessionTable) =>
        (await client.ScanAllAsync(sessionTable)).ToDictionary(
            i => i["session_id"].S,
            i => i.TryGetValue("user_type", out var type) ? type.S : null,
            StringComparer.Ordinal);

    /// <summary>How many items hold the attribute (a counting scan: nothing is read into the test).</summary>
    public static async Task<int> CountWithAsync(this IAmazonDynamoDB client, string table, string attribute)
    {
        var count = 0;
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var page = await client.ScanAsync(new ScanRequest
            {
                TableName = table,
                Select = Select.COUNT,
                FilterExpression = "attribute_exists(#a)",
                ExpressionAttributeNames = new Dictionary<string, string> { ["#a"] = attribute },
                ExclusiveStartKey = start,
                ConsistentRead = true,
            });
            count += page.Count ?? 0;
            start = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (start is not null);
        return count;
    }

    public static async Task<bool> TableExistsAsync(this IAmazonDynamoDB client, string table)
    {
        try
        {
            await client.DescribeTableAsync(table);
            return true;
        }
        catch (ResourceNotFoundException)
        {
            return false;
        }
    }
}
