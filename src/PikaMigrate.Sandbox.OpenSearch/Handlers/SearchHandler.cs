using PikaMigrate.Sandbox.OpenSearch.Engine;
using PikaMigrate.Sandbox.OpenSearch.Http;
using PikaMigrate.Sandbox.OpenSearch.Search;

namespace PikaMigrate.Sandbox.OpenSearch.Handlers;

/// <summary><c>_search</c> over one or more indices (GET or POST, body or URL parameters).</summary>
internal sealed class SearchHandler(OpenSearchEngine engine) : IRestHandler
{
    public IEnumerable<Route> Routes() =>
    [
        Route.Sync("GET", "/_search", SearchRequest.UrlParameters, Search),
        Route.Sync("POST", "/_search", SearchRequest.UrlParameters, Search),
        Route.Sync("GET", "/{index}/_search", SearchRequest.UrlParameters, Search),
        Route.Sync("POST", "/{index}/_search", SearchRequest.UrlParameters, Search),
    ];

    private RestResponse Search(RestRequest request)
    {
        var search = SearchRequest.Parse(request.BodyObject(), request.Query);
        DocumentRequests.RejectRouting(request.Query.String("routing"));
        var indices = engine.Resolve(request.OptionalPathValue("index"), request.Query);
        return RestResponse.Ok(new SearchExecutor(engine).Search(indices, search));
    }
}
