using System.Net;
using PikaMigrate.OpenSearch.Http;

namespace PikaMigrate.OpenSearch.Snapshots;

/// <summary>
/// What the domain keeps to restore from: its snapshot repositories (<c>GET _snapshot</c>) and, per repository, the
/// newest successful snapshot (<c>GET _snapshot/&lt;repository&gt;/_all</c>). Amazon OpenSearch Service takes hourly
/// automated snapshots into <c>cs-automated</c> (<c>cs-automated-enc</c> when encrypted at rest).
/// </summary>
/// <param name="Repositories">Null when the domain could not say (see <see cref="Unknown"/>); empty when it has none.</param>
/// <param name="Unknown">Why the repositories could not be read.</param>
public sealed record DomainSnapshots(IReadOnlyList<SnapshotRepository>? Repositories, string? Unknown)
{
    private const string Successful = "SUCCESS";

    /// <summary>The newest successful snapshot over every repository, with its repository.</summary>
    public SnapshotRepository? Newest => Repositories?.Where(r => r.NewestEnded is not null).MaxBy(r => r.NewestEnded);

    public static async Task<DomainSnapshots> ReadAsync(OpenSearchClient client, CancellationToken cancellationToken)
    {
        try
        {
            var repositories = new List<SnapshotRepository>();
            foreach (var (name, info) in (await client.GetSnapshotRepositoriesAsync(cancellationToken).ConfigureAwait(false)).OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                var snapshots = await client.GetSnapshotsAsync(name, cancellationToken).ConfigureAwait(false);
                var newest = snapshots.Where(s => s.State == Successful && s.EndTimeInMillis is not null).MaxBy(s => s.EndTimeInMillis);
                repositories.Add(new SnapshotRepository(
                    name,
                    info.Type,
                    newest?.Snapshot,
                    newest?.EndTimeInMillis is { } ended ? DateTimeOffset.FromUnixTimeMilliseconds(ended) : null,
                    snapshots.Count));
            }

            return new DomainSnapshots(repositories, null);
        }
        catch (OpenSearchException e) when (e.Status is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
        {
            return new DomainSnapshots(null, $"not allowed to read them ({e.Reason}): grant es:ESHttpGet on _snapshot and _snapshot/* of the domain");
        }
        catch (OpenSearchException e)
        {
            return new DomainSnapshots(null, $"the domain did not list them ({e.Message})");
        }
    }
}
