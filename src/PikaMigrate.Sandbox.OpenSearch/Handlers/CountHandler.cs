using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Engine;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Http;
using PikaMigrate.Sandbox.OpenSearch.Search;

namespace PikaMigrate.Sandbox.OpenSearch.Handlers;

/// <summary><c>_count</c>: the number of documents matching an optional query.</summary>
internal sealed class CountHandler(OpenSearchEngine engine) : IRestHandler
{
    private static readonly string[] Parameters =
        ["ignore_unavailable", "allow_no_indices", "expand_wildcards", "preference", "routing", "terminate_after", "q", "analyzer", "analyze_wildcard", "default_operator", "df", "lenient", "ignore_throttled"];

    public IEnumerable<Route> Routes() =>
    [
        Route.Sync("GET", "/_count", Parameters, Count),
        Route.Sync("POST", "/_count", Parameters, Count),
        Route.Sync("GET", "/{index}/_count", Parameters, Count),
        Route.Sync("POST", "/{index}/_count", Parameters, Count),
    ];

    private RestResponse Count(RestRequest request)
    {
        var body = request.BodyObject();
        foreach (var key in body?.Select(kv => kv.Key) ?? [])
        {
            if (key != "query")
            {
                throw RequestErrors.Parsing($"request does not support [{key}]");
            }
        }

        var searchBody = new JsonObject { ["size"] = 0, ["track_total_hits"] = true };
        if (body?["query"] is { } query)
        {
            searchBody["query"] = query.DeepClone();
        }

        switch (request.Query.Int("terminate_after"))
        {
            case < 0:
                throw RequestErrors.IllegalArgument("terminateAfter must be > 0");
            case > 0 and var terminateAfter:
                searchBody["terminate_after"] = terminateAfter;
                break;
        }

        if (request.Query.String("q") is not null)
        {
            throw RequestErrors.Unsupported("the URL query string parameter [q]");
        }

        var search = SearchRequest.Parse(searchBody, QueryParameters.Empty);
        DocumentRequests.RejectRouting(request.Query.String("routing"));
        var indices = engine.Resolve(request.OptionalPathValue("index"), request.Query);
        var result = new SearchExecutor(engine).Search(indices, search);
        var shards = result["_shards"]!.AsObject();
        return RestResponse.Ok(new JsonObject
        {
            ["count"] = result["hits"]!["total"]!["value"]!.GetValue<long>(),
            ["_shards"] = shards.DeepClone(),
        });
    }
}
