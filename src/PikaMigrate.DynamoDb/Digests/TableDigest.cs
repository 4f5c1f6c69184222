using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.Core.Digests;
using PikaMigrate.Core.Progress;

namespace PikaMigrate.DynamoDb.Digests;

/// <summary>
/// An order-independent digest of every original item of a table with every attribute but the excluded ones, read
/// once in parallel segments, page by page (memory flat in table size): the additive-only proof of a migration that
/// adds those attributes. Items the caller does not count as original (created since the baseline) are only counted.
/// </summary>
public static class TableDigest
{
    /// <param name="label">What the items are, for progress, e.g. "chat-session".</param>
    /// <param name="isOriginal">Whether an item belongs in the digest.</param>
    /// <returns>The digest, and how many items it left out.</returns>
    public static async Task<(string Digest, long LeftOut)> ComputeAsync(
        IAmazonDynamoDB client,
        string table,
        IReadOnlySet<string> excludedAttributes,
        Func<Dictionary<string, AttributeValue>, bool> isOriginal,
        string label,
        IProgress<ProgressReport> progress,
        CancellationToken cancellationToken,
        int segments = 8)
    {
        var digest = new ContentDigest();
        long read = 0, leftOut = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, segments), new ParallelOptions { MaxDegreeOfParallelism = segments, CancellationToken = cancellationToken }, async (segment, ct) =>
        {
            var items = new ItemDigest(digest, excludedAttributes, isOriginal);
            var request = new ScanRequest { TableName = table, Segment = segment, TotalSegments = segments };
            await foreach (var page in ScanPages.ReadAsync(client, request, ct).ConfigureAwait(false))
            {
                items.Add(page.Items ?? []);
                var readNow = Interlocked.Add(ref read, page.Items?.Count ?? 0);
                progress.Report(new ProgressReport($"{readNow} {label} items read", readNow, null));
            }

            Interlocked.Add(ref leftOut, items.LeftOut);
        }).ConfigureAwait(false);
        return (digest.ToString(), leftOut);
    }
}
