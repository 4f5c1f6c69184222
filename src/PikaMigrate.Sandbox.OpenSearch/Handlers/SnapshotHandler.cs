using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Http;

namespace PikaMigrate.Sandbox.OpenSearch.Handlers;

/// <summary>
/// <c>GET _snapshot</c> as an OpenSearch with no snapshot repository answers it: <c>{}</c> for every repository
/// (<c>_snapshot</c>, <c>_snapshot/_all</c>, <c>_snapshot/*</c>), <c>repository_missing_exception</c> for a named one and
/// for its snapshots. The engine keeps no snapshots; registering a repository is not supported.
/// </summary>
internal sealed class SnapshotHandler : IRestHandler
{
    private static readonly string[] RepositoryParameters = ["master_timeout", "cluster_manager_timeout", "local"];
    private static readonly string[] SnapshotParameters = ["master_timeout", "cluster_manager_timeout", "ignore_unavailable", "verbose"];

    public IEnumerable<Route> Routes() =>
    [
        Route.Sync("GET", "/_snapshot", RepositoryParameters, _ => RestResponse.Ok(new JsonObject())),
        Route.Sync("GET", "/_snapshot/{repository}", RepositoryParameters, GetRepository),
        Route.Sync("GET", "/_snapshot/{repository}/{snapshot}", SnapshotParameters, request => throw Missing(request.PathValue("repository"))),
    ];

    private static RestResponse GetRepository(RestRequest request)
    {
        var names = request.PathValue("repository").Split(',');
        return names.All(name => name is "_all" or "*")
            ? RestResponse.Ok(new JsonObject())
            : throw Missing(names.First(name => name is not ("_all" or "*")));
    }

    private static OpenSearchException Missing(string repository) =>
        new(404, new ErrorCause("repository_missing_exception", $"[{repository}] missing"));
}
