using PikaMigrate.OpenSearch.Model;

namespace PikaMigrate.OpenSearch.Http;

public sealed partial class OpenSearchClient
{
    /// <summary><c>GET _snapshot</c>: the registered snapshot repositories by name (<c>{}</c> when there is none).</summary>
    public Task<Dictionary<string, SnapshotRepositoryInfo>> GetSnapshotRepositoriesAsync(CancellationToken cancellationToken) =>
        SendAsync<Dictionary<string, SnapshotRepositoryInfo>>(HttpMethod.Get, "_snapshot", null, RetrySafety.Idempotent, cancellationToken);

    /// <summary><c>GET _snapshot/&lt;repository&gt;/_all</c>: every snapshot the repository holds.</summary>
    public async Task<IReadOnlyList<SnapshotInfo>> GetSnapshotsAsync(string repository, CancellationToken cancellationToken) =>
        (await SendAsync<SnapshotList>(HttpMethod.Get, PathOf("_snapshot", repository, "_all"), null, RetrySafety.Idempotent, cancellationToken).ConfigureAwait(false)).Snapshots ?? [];
}
