namespace PikaMigrate.OpenSearch.Model;

/// <summary>One snapshot of <c>GET _snapshot/&lt;repository&gt;/_all</c>.</summary>
/// <param name="State">IN_PROGRESS, SUCCESS, FAILED, PARTIAL or INCOMPATIBLE.</param>
public sealed record SnapshotInfo(string Snapshot, string? State, long? StartTimeInMillis, long? EndTimeInMillis);
