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

    Task<StoreDigest> ComputeAsync(IStepReporter reporter, CancellationToken cancellationToken);
}
