namespace PikaMigrate.OpenSearch.Model;

public sealed record SnapshotList(IReadOnlyList<SnapshotInfo>? Snapshots);
