using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace PikaMigrate.DynamoDb.Sessions;

/// <summary>
/// Reads one chat session: by its key when the user id is known, otherwise by scanning the table (in
/// parallel segments, stopping at the first match), since no index is keyed by session id alone.
/// </summary>
public sealed class ChatSessionFinder(IAmazonDynamoDB client, string sessionTable, int segments = 4)
{
    public async Task<FoundSession?> FindAsync(string sessionId, string? userId, CancellationToken cancellationToken)
    {
        if (userId is not null)
        {
            var response = await client.GetItemAsync(new GetItemRequest
            {
                TableName = sessionTable,
                Key = new Dictionary<string, AttributeValue> { ["user_id"] = new() { S = userId }, ["session_id"] = new() { S = sessionId } },
                ConsistentRead = true,
            }, cancellationToken).ConfigureAwait(false);
            return response.Item is { Count: > 0 } item ? new FoundSession(MaskedItem.From(item), FoundByScan: false, 0) : null;
        }

        using var found = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        Dictionary<string, AttributeValue>? match = null;
        long scanned = 0;
        var searches = Enumerable.Range(0, segments).Select(async segment =>
        {
            var request = new ScanRequest
            {
                TableName = sessionTable,
                Segment = segment,
                TotalSegments = segments,
                FilterExpression = "#session = :session",
                ExpressionAttributeNames = new Dictionary<string, string> { ["#session"] = "session_id" },
                ExpressionAttributeValues = new Dictionary<string, AttributeValue> { [":session"] = new() { S = sessionId } },
            };
            await foreach (var page in ScanPages.ReadAsync(client, request, found.Token).ConfigureAwait(false))
            {
                Interlocked.Add(ref scanned, page.ScannedCount ?? 0);
                if (page.Items is { Count: > 0 } items)
                {
                    Interlocked.CompareExchange(ref match, items[0], null);
                    await found.CancelAsync().ConfigureAwait(false);
                    return;
                }
            }
        }).ToList();

        try
        {
            await Task.WhenAll(searches).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (match is not null && !cancellationToken.IsCancellationRequested)
        {
            // The other segments were stopped because one found the session.
        }

        return match is null ? null : new FoundSession(MaskedItem.From(match), FoundByScan: true, Interlocked.Read(ref scanned));
    }
}
