namespace PikaMigrate.OpenSearch.Model;

/// <summary>One entry of <c>GET _snapshot</c>: the repository's type (<c>s3</c>, <c>fs</c>, …); its settings are not read.</summary>
public sealed record SnapshotRepositoryInfo(string? Type);
