using Amazon.DynamoDBv2;
using PikaMigrate.Core.Digests;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Core.Progress;
using PikaMigrate.DynamoDb;
using PikaMigrate.DynamoDb.Digests;

namespace PikaMigrate.Migrations.V0_11_0.Verification;

/// <summary>
/// The additive-only baseline of the chat-session table: an order-independent digest of every session created before
/// the baseline, with every attribute but user_type (the one B1 adds), recorded before the first write and compared by
/// verify. Sessions the application created since are not original content.
/// </summary>
public sealed class SessionTableDigest(IAmazonDynamoDB client, string sessionTable) : IStoreBaseline
{
    public const string StoreName = "dynamodb";
    public const string AddedAttribute = "user_type";

    private static readonly IReadOnlySet<string> Excluded = new HashSet<string>([AddedAttribute], StringComparer.Ordinal);

    /// <summary>The ledger's key for this baseline; the same whichever command records it first.</summary>
    public string Name => StoreIdentity.Describe(StoreKind.DynamoDb, sessionTable);

    public IStoreIdentityReader Identity => new TableIdentityReader(client, sessionTable);

    public async Task<StoreDigest> ComputeAsync(DateTimeOffset createdBefore, IStepReporter reporter, CancellationToken cancellationToken)
    {
        var (digest, since) = await TableDigest.ComputeAsync(
            client,
            sessionTable,
            Excluded,
            item => SessionCreation.IsBefore(item.TryGetValue(SessionCreation.Field, out var created) ? created.S : null, createdBefore),
            "chat-session",
            new ReporterProgress(reporter),
            cancellationToken).ConfigureAwait(false);
        return new StoreDigest(StoreName, sessionTable, digest, [AddedAttribute], since);
    }
}
