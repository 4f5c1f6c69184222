using Amazon.DynamoDBv2;
using PikaMigrate.Core.Digests;
using PikaMigrate.Core.Migrations;

namespace PikaMigrate.DynamoDb.Audit;

/// <summary>
/// The additive-only baseline of the chat-session table: an order-independent digest of every item with every
/// attribute but user_type (the one B1 adds), recorded before the first write and compared by verify.
/// </summary>
public sealed class SessionTableDigest(IAmazonDynamoDB client, string sessionTable) : IStoreBaseline
{
    public const string StoreName = "dynamodb";

    /// <summary>The ledger's key for this baseline; the same whichever command records it first.</summary>
    public string Name => $"DynamoDB table {sessionTable}";

    public async Task<StoreDigest> ComputeAsync(IStepReporter reporter, CancellationToken cancellationToken)
    {
        var audit = await new SessionTableAudit(client, sessionTable)
            .RunAsync(index: null, new ReporterProgress(reporter), cancellationToken).ConfigureAwait(false);
        return new StoreDigest(StoreName, sessionTable, audit.OriginalDigest, [SessionTableAudit.AddedAttribute]);
    }
}
