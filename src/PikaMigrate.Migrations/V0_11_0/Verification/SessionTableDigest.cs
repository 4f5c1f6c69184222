using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
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

    public static readonly IReadOnlySet<string> Excluded = new HashSet<string>([AddedAttribute], StringComparer.Ordinal);

    /// <summary>The ledger's key for this baseline; the same whichever command records it first.</summary>
    public string Name => NameOf(sessionTable);

    public IStoreIdentityReader Identity => new TableIdentityReader(client, sessionTable);

    public static string NameOf(string sessionTable) => StoreIdentity.Describe(StoreKind.DynamoDb, sessionTable);

    /// <summary>Original content: a session created before the cut-off (an undated one counts as older).</summary>
    public static bool IsOriginal(Dictionary<string, AttributeValue> item, DateTimeOffset createdBefore) =>
        SessionCreation.IsBefore(item.TryGetValue(SessionCreation.Field, out var created) ? created.S : null, createdBefore);

    /// <param name="createdSince">Sessions left out as created after the cut-off.</param>
    public static StoreDigest Of(string sessionTable, string digest, long createdSince) =>
        new(StoreName, sessionTable, digest, [AddedAttribute], createdSince);

    public async Task<StoreDigest> ComputeAsync(DateTimeOffset createdBefore, IStepReporter reporter, CancellationToken cancellationToken)
    {
        var (digest, since) = await TableDigest.ComputeAsync(
            client,
            sessionTable,
            Excluded,
            item => IsOriginal(item, createdBefore),
            "chat-session",
            new ReporterProgress(reporter),
            cancellationToken).ConfigureAwait(false);
        return Of(sessionTable, digest, since);
    }
}
