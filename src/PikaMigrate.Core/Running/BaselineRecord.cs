using PikaMigrate.Core.Digests;

namespace PikaMigrate.Core.Running;

/// <summary>A store's digest as recorded before the migration's first write.</summary>
public sealed record BaselineRecord(StoreDigest Digest, DateTimeOffset Recorded)
{
    /// <summary>Baselines are kept as the ledger's checkpoints of this pseudo-step: <c>&lt;migration&gt;/baseline/&lt;name&gt;</c>.</summary>
    public const string LedgerScope = "baseline";

    /// <summary>How many records the digest covers (its <c>count:</c> prefix).</summary>
    public string Records => Digest.Digest.Split(':')[0];
}
