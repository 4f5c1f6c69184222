using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Engine;
using PikaMigrate.Sandbox.OpenSearch.Http;
using PikaMigrate.Sandbox.OpenSearch.Reindex;

namespace PikaMigrate.Sandbox.OpenSearch.Handlers;

/// <summary>
/// <c>_update_by_query</c>: waits for the task and answers its response (409 when conflicts aborted it), or with
/// <c>wait_for_completion=false</c> answers <c>{"task":"node:id"}</c> at once. A client that goes away does not stop it.
/// </summary>
internal sealed class UpdateByQueryHandler(OpenSearchEngine engine) : IRestHandler
{
    public IEnumerable<Route> Routes() =>
    [
        new("POST", "/{index}/_update_by_query", UpdateByQueryRequest.UrlParameters, UpdateAsync),
    ];

    private async Task<RestResponse> UpdateAsync(RestRequest request, CancellationToken aborted)
    {
        var update = UpdateByQueryRequest.Parse(request.BodyObject(), request.Query);
        DocumentRequests.RejectRouting(request.Query.String("routing"));
        var indices = engine.Resolve(request.PathValue("index"), request.Query);
        foreach (var index in indices)
        {
            DocumentRequests.RequireActiveShards(request.Query.String("wait_for_active_shards"), index.ShardCopies);
        }

        var (task, completion) = new UpdateByQueryRunner(engine).Start(indices, update, request.OpaqueId);
        if (!update.WaitForCompletion)
        {
            return RestResponse.Ok(new JsonObject { ["task"] = task.FullId });
        }

        var result = await completion.WaitAsync(aborted).ConfigureAwait(false);
        return result.Error is { } error
            ? new RestResponse(error.Status, error.ToEnvelope())
            : new RestResponse(result.Status, result.Response!(false));
    }
}
