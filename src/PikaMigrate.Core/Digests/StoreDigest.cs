namespace PikaMigrate.Core.Digests;

/// <summary>
/// What one store's original content hashed to, and which fields were left out because the migration adds
/// them (or, for OpenSearch, the indexing Lambda rewrites them).
/// </summary>
public sealed record StoreDigest(string Store, string Target, string Digest, IReadOnlyList<string> ExcludedFields);
