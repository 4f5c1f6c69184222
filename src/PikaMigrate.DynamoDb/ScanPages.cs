using System.Runtime.CompilerServices;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace PikaMigrate.DynamoDb;

/// <summary>The pages of one scan (or one segment of a parallel scan), each read only when the caller asks for it.</summary>
public static class ScanPages
{
    /// <param name="request">The first page's request; it is reused, with the start key moved on, for the next ones.</param>
    public static async IAsyncEnumerable<ScanResponse> ReadAsync(
        IAmazonDynamoDB client, ScanRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        do
        {
            var page = await client.ScanAsync(request, cancellationToken).ConfigureAwait(false);
            request.ExclusiveStartKey = page.LastEvaluatedKey is { Count: > 0 } next ? next : null;
            yield return page;
        }
        while (request.ExclusiveStartKey is not null);
    }
}
