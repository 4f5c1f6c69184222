namespace PikaMigrate.OpenSearch.Snapshots;

/// <summary>A snapshot repository of the domain and its newest successful snapshot.</summary>
/// <param name="Type">s3 for Amazon OpenSearch Service's automated <c>cs-automated</c>/<c>cs-automated-enc</c> and manual repositories.</param>
/// <param name="Newest">The newest snapshot in state SUCCESS; null when there is none.</param>
/// <param name="NewestEnded">When it ended.</param>
/// <param name="Snapshots">How many snapshots the repository holds, in any state.</param>
public sealed record SnapshotRepository(string Name, string? Type, string? Newest, DateTimeOffset? NewestEnded, int Snapshots);
