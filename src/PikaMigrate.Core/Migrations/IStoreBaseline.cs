using PikaMigrate.Core.Digests;

namespace PikaMigrate.Core.Migrations;

/// <summary>
/// Digests the original content of one store (every attribute or field except those the migration adds), so a
/// digest taken before the first write can be compared with one taken after.
/// </summary>
public interface IStoreBaseline
{
    /// <summary>What is digested, e.g. "DynamoDB table chat-session-my-project-prod"; the ledger's key for it.</summary>
    string Name { get; }

    /// <summary>The store the digest describes: a baseline of another incarnation of it is recorded afresh.</summary>
    IStoreIdentityReader Identity { get; }

    /// <summary>
    /// The digest of the records created before <paramref name="createdBefore"/> (records the store does not date count
    /// as created before); those created since are not original content, so they are only counted.
    /// </summary>
    Task<StoreDigest> ComputeAsync(DateTimeOffset createdBefore, IStepReporter reporter, CancellationToken cancellationToken);
}
