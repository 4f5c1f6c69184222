using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Documents;
using PikaMigrate.Sandbox.OpenSearch.Engine;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Http;
using PikaMigrate.Sandbox.OpenSearch.Json;

namespace PikaMigrate.Sandbox.OpenSearch.Handlers;

/// <summary><c>_mget</c>: <c>{"ids":[...]}</c> or <c>{"docs":[{"_index","_id","_source"}]}</c>, real-time, in request order.</summary>
internal sealed class MultiGetHandler(OpenSearchEngine engine) : IRestHandler
{
    private static readonly string[] Parameters = ["_source", "_source_includes", "_source_excludes", "realtime", "refresh", "routing", "preference", "stored_fields"];

    public IEnumerable<Route> Routes() =>
    [
        Route.Sync("GET", "/_mget", Parameters, Get),
        Route.Sync("POST", "/_mget", Parameters, Get),
        Route.Sync("GET", "/{index}/_mget", Parameters, Get),
        Route.Sync("POST", "/{index}/_mget", Parameters, Get),
    ];

    private RestResponse Get(RestRequest request)
    {
        var body = request.BodyObject() ?? throw RequestErrors.ActionValidation("no documents to get");
        var defaultIndex = request.OptionalPathValue("index");
        DocumentRequests.RejectRouting(request.Query.String("routing"));
        var defaultStored = StoredFields.ForGet(request.Query.List("stored_fields"));
        var defaultFilter = SourceFilter.FromQuery(request.Query);
        var items = new List<(string? Index, string? Id, SourceFilter Filter, StoredFields? Stored)>();
        foreach (var (key, value) in body)
        {
            switch (key)
            {
                case "ids":
                    foreach (var id in JsonRead.StringList(value, "ids"))
                    {
                        items.Add((defaultIndex, id, defaultFilter ?? DocumentsHandler.Default(defaultStored), defaultStored));
                    }

                    break;
                case "docs":
                    if (value is not JsonArray docs)
                    {
                        throw RequestErrors.Parsing("docs array element should include an object");
                    }

                    foreach (var doc in docs)
                    {
                        items.Add(Item(doc, defaultIndex, defaultFilter, defaultStored));
                    }

                    break;
                default:
                    throw RequestErrors.Parsing($"unknown key [{key}] for a {(value is JsonArray ? "START_ARRAY" : "START_OBJECT")}, expected [docs] or [ids]");
            }
        }

        if (items.Count == 0)
        {
            throw RequestErrors.ActionValidation("no documents to get");
        }

        var problems = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Index is null)
            {
                problems.Add($"index is missing for doc {i}");
            }

            if (items[i].Id is null)
            {
                problems.Add($"id is missing for doc {i}");
            }
        }

        if (problems.Count > 0)
        {
            throw RequestErrors.ActionValidation([.. problems]);
        }

        var realtime = request.Query.Bool("realtime", true);
        var refresh = request.Query.Bool("refresh", false);
        var results = new JsonArray();
        foreach (var (indexName, id, filter, stored) in items)
        {
            results.Add(Fetch(indexName!, id!, filter, stored, realtime, refresh));
        }

        return RestResponse.Ok(new JsonObject { ["docs"] = results });
    }

    private JsonObject Fetch(string indexName, string id, SourceFilter filter, StoredFields? stored, bool realtime, bool refresh)
    {
        var index = engine.Find(indexName);
        if (index is null)
        {
            return new JsonObject { ["_index"] = indexName, ["_id"] = id, ["error"] = IndexErrors.NotFound(indexName).ToEnvelope()["error"]!.DeepClone() };
        }

        return DocumentRequests.Read(index, id, realtime, refresh) is { } doc
            ? DocumentsHandler.Found(index, doc, filter, stored)
            : new JsonObject { ["_index"] = index.Name, ["_id"] = id, ["found"] = false };
    }

    private static (string? Index, string? Id, SourceFilter Filter, StoredFields? Stored) Item(JsonNode? node, string? defaultIndex, SourceFilter? defaultFilter, StoredFields? defaultStored)
    {
        if (node is not JsonObject doc)
        {
            throw RequestErrors.Parsing("docs array element should include an object");
        }

        string? index = defaultIndex, id = null;
        var filter = defaultFilter;
        var stored = defaultStored;
        foreach (var (key, value) in doc)
        {
            switch (key)
            {
                case "_index":
                    index = JsonRead.String(value, key);
                    break;
                case "_id":
                    id = JsonRead.String(value, key);
                    break;
                case "_source":
                    filter = SourceFilter.FromBody(value);
                    break;
                case "routing" or "_routing":
                    DocumentRequests.RejectRouting(JsonRead.ScalarText(value));
                    break;
                case "version" or "version_type":
                    break;
                case "stored_fields":
                    stored = StoredFields.ForGet(JsonRead.StringList(value, key));
                    break;
                default:
                    throw RequestErrors.Parsing($"Unknown key for a {(value is JsonObject ? "START_OBJECT" : "VALUE_STRING")} in [{key}].");
            }
        }

        return (index, id, filter ?? DocumentsHandler.Default(stored), stored);
    }
}
