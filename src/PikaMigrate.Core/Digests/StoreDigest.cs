namespace PikaMigrate.Core.Digests;

/// <summary>
/// What one store's original content hashed to, and which fields were left out because the migration adds
/// them (or, for OpenSearch, the indexing Lambda rewrites them).
/// </summary>
/// <param name="CreatedSince">Records left out of the digest because they were created after its cut-off.</param>
public sealed record StoreDigest(string Store, string Target, string Digest, IReadOnlyList<string> ExcludedFields, long CreatedSince = 0);
