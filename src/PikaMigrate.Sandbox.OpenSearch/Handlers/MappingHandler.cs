using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Engine;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Http;
using PikaMigrate.Sandbox.OpenSearch.Mapping;

namespace PikaMigrate.Sandbox.OpenSearch.Handlers;

/// <summary>GET and PUT <c>_mapping</c>: properties sorted on output; updates merge additively, all or nothing.</summary>
internal sealed class MappingHandler(OpenSearchEngine engine) : IRestHandler
{
    private static readonly string[] Parameters = ["ignore_unavailable", "allow_no_indices", "expand_wildcards", "timeout", "master_timeout", "cluster_manager_timeout"];

    public IEnumerable<Route> Routes() =>
    [
        Route.Sync("GET", "/{index}/_mapping", [.. Parameters, "local"], Get),
        Route.Sync("GET", "/_mapping", [.. Parameters, "local"], Get),
        Route.Sync("PUT", "/{index}/_mapping", [.. Parameters, "write_index_only"], Put),
        Route.Sync("POST", "/{index}/_mapping", [.. Parameters, "write_index_only"], Put),
    ];

    private RestResponse Get(RestRequest request)
    {
        var result = new JsonObject();
        foreach (var index in engine.Resolve(request.OptionalPathValue("index"), request.Query))
        {
            result[index.Name] = new JsonObject { ["mappings"] = MappingSerializer.ToJson(index.Mapping.Root) };
        }

        return RestResponse.Ok(result);
    }

    private RestResponse Put(RestRequest request)
    {
        var body = request.BodyObject() ?? throw RequestErrors.ActionValidation("mapping source is empty");
        if (body.Count == 1 && body.First().Key == "_doc" && body.First().Value is JsonObject)
        {
            throw RequestErrors.IllegalArgument("Types cannot be provided in put mapping requests");
        }

        var update = MappingParser.ParseRoot(body);
        var indices = engine.Resolve(request.PathValue("index"), request.Query);
        foreach (var index in indices)
        {
            // Validate against every index before changing any: the update is all or nothing.
            MappingMerger.Merge(index.Mapping.Root, update);
        }

        foreach (var index in indices)
        {
            index.PutMapping(update);
        }

        engine.Log?.Flush();
        return RestResponse.Ack();
    }
}
