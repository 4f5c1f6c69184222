namespace PikaMigrate.DynamoDb.Audit;

/// <summary>What one full read of the chat-session table found.</summary>
/// <param name="Sessions">Items read.</param>
/// <param name="WithoutUserType">Items that still lack user_type.</param>
/// <param name="OriginalDigest">Digest of every item with every attribute except user_type.</param>
/// <param name="IndexMismatches">Sessions whose search document disagrees (or is missing), when an index was checked.</param>
/// <param name="Examples">A few session ids per finding, for the operator to look at.</param>
public sealed record SessionTableAuditResult(
    long Sessions,
    long WithoutUserType,
    string OriginalDigest,
    long? IndexChecked,
    long IndexMismatches,
    long IndexMissingDocuments,
    long KeywordTwinMissing,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Examples);
