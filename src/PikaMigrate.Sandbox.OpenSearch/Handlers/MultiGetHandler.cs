using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Documents;
using PikaMigrate.Sandbox.OpenSearch.Engine;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Http;
using PikaMigrate.Sandbox.OpenSearch.Indices;
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
        var items = new List<Item>();
        foreach (var (key, value) in body)
        {
            switch (key)
            {
                case "ids":
                    foreach (var id in JsonRead.StringList(value, "ids"))
                    {
                        items.Add(new Item(defaultIndex, id, defaultFilter ?? DocumentsHandler.Default(defaultStored), defaultStored, default));
                    }

                    break;
                case "docs":
                    if (value is not JsonArray docs)
                    {
                        throw RequestErrors.Parsing("docs array element should include an object");
                    }

                    foreach (var doc in docs)
                    {
                        items.Add(ParseItem(doc, defaultIndex, defaultFilter, defaultStored));
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
        return RestResponse.Ok(new JsonObject { ["docs"] = new JsonArray([.. items.Select(item => (JsonNode)Fetch(item, realtime, refresh))]) });
    }

    private JsonObject Fetch(Item item, bool realtime, bool refresh)
    {
        EngineIndex index;
        StoredDocument? doc;
        try
        {
            index = engine.Require(item.Index!);
            doc = DocumentRequests.Read(index, item.Id!, realtime, refresh);
            item.Version.Check(index, item.Id!, doc);
        }
        catch (OpenSearchException e)
        {
            // A failed item: its index and id, and the error as a response would carry it.
            return new JsonObject { ["_index"] = item.Index, ["_id"] = item.Id, ["error"] = e.ToEnvelope()["error"]!.DeepClone() };
        }

        return doc is not null
            ? DocumentsHandler.Found(index, doc, item.Filter, item.Stored)
            : new JsonObject { ["_index"] = index.Name, ["_id"] = item.Id, ["found"] = false };
    }

    private static Item ParseItem(JsonNode? node, string? defaultIndex, SourceFilter? defaultFilter, StoredFields? defaultStored)
    {
        if (node is not JsonObject doc)
        {
            throw RequestErrors.Parsing("docs array element should include an object");
        }

        string? index = defaultIndex, id = null;
        var filter = defaultFilter;
        var stored = defaultStored;
        var version = default(ReadVersion);
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
                case "routing":
                    DocumentRequests.RejectRouting(JsonRead.ScalarText(value));
                    break;
                case "version":
                    version = version with { Version = JsonRead.Long(value, key) };
                    break;
                case "version_type":
                    version = version with { Type = JsonRead.String(value, key) };
                    break;
                case "stored_fields":
                    stored = StoredFields.ForGet(JsonRead.StringList(value, key));
                    break;
                default:
                    throw RequestErrors.Parsing($"Unknown key for a {(value is JsonObject ? "START_OBJECT" : "VALUE_STRING")} in [{key}].");
            }
        }

        return new Item(index, id, filter ?? DocumentsHandler.Default(stored), stored, version);
    }

    /// <summary>One document asked for: where, which parts, and the version it must have.</summary>
    private sealed record Item(string? Index, string? Id, SourceFilter Filter, StoredFields? Stored, ReadVersion Version);
}
