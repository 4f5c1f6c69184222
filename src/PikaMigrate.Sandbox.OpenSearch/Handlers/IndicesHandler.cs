using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Engine;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Http;
using PikaMigrate.Sandbox.OpenSearch.Indices;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.OpenSearch.Mapping;

namespace PikaMigrate.Sandbox.OpenSearch.Handlers;

/// <summary>Index lifecycle: HEAD/PUT/GET/DELETE <c>/{index}</c>, <c>_settings</c> and <c>_refresh</c>.</summary>
internal sealed class IndicesHandler(OpenSearchEngine engine) : IRestHandler
{
    private static readonly string[] ResolveParameters = ["ignore_unavailable", "allow_no_indices", "expand_wildcards"];
    private static readonly string[] MasterParameters = ["timeout", "master_timeout", "cluster_manager_timeout"];

    public IEnumerable<Route> Routes() =>
    [
        Route.Sync("HEAD", "/{index}", [.. ResolveParameters, "local", "include_defaults", "flat_settings"], Exists),
        Route.Sync("PUT", "/{index}", [.. MasterParameters, "wait_for_active_shards"], Create),
        Route.Sync("GET", "/{index}", [.. ResolveParameters, .. MasterParameters, "local", "include_defaults"], Get),
        Route.Sync("DELETE", "/{index}", [.. ResolveParameters, .. MasterParameters], Delete),
        Route.Sync("GET", "/{index}/_settings", [.. ResolveParameters, .. MasterParameters, "local", "include_defaults"], Settings),
        Route.Sync("GET", "/_settings", [.. ResolveParameters, .. MasterParameters, "local", "include_defaults"], Settings),
        Route.Sync("PUT", "/{index}/_settings", [.. ResolveParameters, .. MasterParameters, "preserve_existing", "flat_settings"], UpdateSettings),
        Route.Sync("PUT", "/_settings", [.. ResolveParameters, .. MasterParameters, "preserve_existing", "flat_settings"], UpdateSettings),
        Route.Sync("POST", "/{index}/_refresh", ResolveParameters, Refresh),
        Route.Sync("GET", "/{index}/_refresh", ResolveParameters, Refresh),
        Route.Sync("POST", "/_refresh", ResolveParameters, Refresh),
        Route.Sync("GET", "/_refresh", ResolveParameters, Refresh),
    ];

    /// <summary>The mapping a create request gives, with OpenSearch's wrapping of mapping errors.</summary>
    public static RootMapping ParseCreateMappings(JsonNode? mappings)
    {
        if (mappings is null)
        {
            return RootMapping.Empty;
        }

        if (mappings is not JsonObject body)
        {
            throw RequestErrors.Parsing("Failed to parse mapping [_doc]: mappings must be an object");
        }

        if (body.Count == 1 && body.First().Key == "_doc" && body.First().Value is JsonObject)
        {
            throw RequestErrors.IllegalArgument("The mapping definition cannot be nested under a type [_doc] unless include_type_name is set to true.");
        }

        try
        {
            return MappingParser.ParseRoot(body);
        }
        catch (OpenSearchException e) when (e.Error.Type is "mapper_parsing_exception" or "illegal_argument_exception")
        {
            throw new OpenSearchException(400, new ErrorCause("mapper_parsing_exception", $"Failed to parse mapping [_doc]: {e.Error.Reason}") { CausedBy = e.Error });
        }
    }

    private RestResponse Exists(RestRequest request)
    {
        try
        {
            return RestResponse.Head(engine.Resolve(request.PathValue("index")).Count > 0);
        }
        catch (OpenSearchException e) when (e.Status == 404)
        {
            return RestResponse.Head(false);
        }
    }

    private RestResponse Create(RestRequest request)
    {
        var name = request.PathValue("index");
        var body = request.BodyObject() ?? [];
        JsonNode? settings = null, mappings = null, aliases = null;
        foreach (var (key, value) in body)
        {
            switch (key)
            {
                case "settings":
                    settings = value;
                    break;
                case "mappings":
                    mappings = value;
                    break;
                case "aliases":
                    aliases = value;
                    break;
                default:
                    throw new OpenSearchException(400, new ErrorCause("parse_exception", $"unknown key [{key}] for create index"));
            }
        }

        var aliasNames = aliases switch
        {
            null => [],
            JsonObject a => a.Select(kv => AliasName(kv.Key, kv.Value)).ToList(),
            _ => throw new OpenSearchException(400, new ErrorCause("parse_exception", "key [aliases] must be an object")),
        };
        IndexNames.Validate(name);
        var parsed = IndexSettings.Parse(settings);
        DocumentRequests.RequireActiveShards(request.Query.String("wait_for_active_shards"), 1 + parsed.NumberOfReplicas);
        var index = engine.Create(name, parsed, ParseCreateMappings(mappings), aliasNames);
        engine.Log?.Flush();
        return RestResponse.Ok(new JsonObject { ["acknowledged"] = true, ["shards_acknowledged"] = true, ["index"] = index.Name });
    }

    private RestResponse Get(RestRequest request)
    {
        var result = new JsonObject();
        foreach (var index in Resolve(request))
        {
            result[index.Name] = new JsonObject
            {
                ["aliases"] = new JsonObject(index.Aliases.Select(a => new KeyValuePair<string, JsonNode?>(a, new JsonObject()))),
                ["mappings"] = MappingSerializer.ToJson(index.Mapping.Root),
                ["settings"] = index.Settings.ToJson(index.Name, index.Uuid, index.CreationDate),
            };
        }

        return RestResponse.Ok(result);
    }

    private RestResponse Delete(RestRequest request)
    {
        var indices = engine.Resolve(request.PathValue("index"), request.Query);
        engine.Delete(indices);
        engine.Log?.Flush();
        return RestResponse.Ack();
    }

    private RestResponse Settings(RestRequest request)
    {
        var result = new JsonObject();
        foreach (var index in Resolve(request))
        {
            result[index.Name] = new JsonObject { ["settings"] = index.Settings.ToJson(index.Name, index.Uuid, index.CreationDate) };
        }

        return RestResponse.Ok(result);
    }

    /// <summary>
    /// <c>PUT _settings</c>: the body is the settings, bare or under <c>settings</c>; checked against every index
    /// before any changes, as one cluster-state update is all or nothing.
    /// </summary>
    private RestResponse UpdateSettings(RestRequest request)
    {
        var body = request.BodyObject() ?? [];
        var update = body["settings"] as JsonObject ?? body;
        if (update.Count == 0)
        {
            throw RequestErrors.ActionValidation("no settings to update");
        }

        var preserveExisting = request.Query.Bool("preserve_existing", false);
        var indices = Resolve(request);
        foreach (var index in indices)
        {
            index.Settings.Update(update, preserveExisting, index.Name, index.Uuid);
        }

        foreach (var index in indices)
        {
            index.UpdateSettings(update, preserveExisting);
        }

        engine.Log?.Flush();
        return RestResponse.Ack();
    }

    private RestResponse Refresh(RestRequest request)
    {
        var indices = Resolve(request);
        foreach (var index in indices)
        {
            index.Refresh();
        }

        return RestResponse.Ok(new JsonObject
        {
            ["_shards"] = WriteResponses.Shards(indices.Sum(i => i.Settings.NumberOfShards * i.ShardCopies), indices.Sum(i => i.Settings.NumberOfShards)),
        });
    }

    private IReadOnlyList<EngineIndex> Resolve(RestRequest request) =>
        engine.Resolve(request.OptionalPathValue("index"), request.Query);

    private static string AliasName(string name, JsonNode? definition)
    {
        IndexNames.Validate(name);
        if (definition is JsonObject { Count: > 0 } options)
        {
            throw RequestErrors.Unsupported($"alias options [{string.Join(", ", options.Select(kv => kv.Key))}]");
        }

        return name;
    }
}
