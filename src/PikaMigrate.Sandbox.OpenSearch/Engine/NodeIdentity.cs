using System.Security.Cryptography;

namespace PikaMigrate.Sandbox.OpenSearch.Engine;

/// <summary>Who this single-node cluster says it is (GET /, task ids, shard failures).</summary>
internal sealed record NodeIdentity(string NodeId, string NodeName, string ClusterUuid)
{
    public const string ClusterName = "opensearch";
    public const string Version = "2.19.0";
    public const string LuceneVersion = "9.12.1";

    public static NodeIdentity Create(string nodeName) => new(NewUuid(), nodeName, NewUuid());

    /// <summary>OpenSearch's UUIDs: 16 random bytes, base64url without padding (22 characters).</summary>
    public static string NewUuid() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
