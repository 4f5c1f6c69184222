using System.Text.Json.Serialization;
using PikaMigrate.Core.Digests;
using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Core.Running;

/// <summary>A store's digest as recorded before the migration's first write.</summary>
/// <param name="Recorded">When the digest was started: records created since are not part of it.</param>
/// <param name="Store">The identity of the store digested; null in records written before it was kept.</param>
public sealed record BaselineRecord(StoreDigest Digest, DateTimeOffset Recorded, StoreIdentity? Store = null)
{
    /// <summary>Baselines are kept as the ledger's checkpoints of this pseudo-step: <c>&lt;migration&gt;/baseline/&lt;name&gt;</c>.</summary>
    public const string LedgerScope = "baseline";

    /// <summary>How many records the digest covers (its <c>count:</c> prefix).</summary>
    [JsonIgnore]
    public string Records => Digest.Digest.Split(':')[0];
}
