using PikaMigrate.Core.Digests;

namespace PikaMigrate.Core.Running;

/// <summary>A store's digest as recorded before the migration's first write.</summary>
public sealed record BaselineRecord(StoreDigest Digest, DateTimeOffset Recorded);
