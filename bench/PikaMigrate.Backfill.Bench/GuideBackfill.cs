using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace PikaMigrate.Backfill.Bench;

/// <summary>
/// The baseline: step B1 as the 0.11.0 guide describes its script. One sequential Scan of chat-session; for each
/// session without user_type, its user's type from a cache or else a GetItem on chat-user (external-user when the
/// user is absent), then an unconditional UpdateItem setting user_type; one request at a time.
/// </summary>
internal static class GuideBackfill
{
    public static async Task<int> RunAsync(IAmazonDynamoDB client, string sessionTable, string userTable)
    {
        var userTypes = new Dictionary<string, string>(StringComparer.Ordinal);
        var updated = 0;
        Dictionary<string, AttributeValue>? start = null;
        do
        {
            var page = await client.ScanAsync(new ScanRequest { TableName = sessionTable, ExclusiveStartKey = start });
            foreach (var session in page.Items ?? [])
            {
                if (session.ContainsKey("user_type"))
                {
                    continue;
                }

                var userId = session["user_id"].S;
                if (!userTypes.TryGetValue(userId, out var userType))
                {
                    var user = await client.GetItemAsync(new GetItemRequest
                    {
                        TableName = userTable,
                        Key = new Dictionary<string, AttributeValue> { ["user_id"] = new() { S = userId } },
                    });
                    userType = user.Item is { } item && item.TryGetValue("user_type", out var type) ? type.S : "external-user";
                    userTypes[userId] = userType;
                }

                await client.UpdateItemAsync(new UpdateItemRequest
                {
                    TableName = sessionTable,
                    Key = new Dictionary<string, AttributeValue> { ["user_id"] = new() { S = userId }, ["session_id"] = session["session_id"] },
                    UpdateExpression = "SET user_type = :t",
                    ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":t"] = new() { S = userType } },
                });
                updated++;
            }

            start = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
        }
        while (start is not null);
        return updated;
    }
}
