using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Documents;
using PikaMigrate.Sandbox.OpenSearch.Engine;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Http;
using PikaMigrate.Sandbox.OpenSearch.Indices;

namespace PikaMigrate.Sandbox.OpenSearch.Handlers;

/// <summary>Single documents: index/create (<c>_doc</c>, <c>_create</c>), real-time get, <c>_source</c>, delete and <c>_update</c>.</summary>
internal sealed class DocumentsHandler(OpenSearchEngine engine) : IRestHandler
{
    private static readonly string[] WriteParameters =
        ["if_seq_no", "if_primary_term", "version", "version_type", "refresh", "routing", "timeout", "wait_for_active_shards", "pipeline", "require_alias"];

    private static readonly string[] GetParameters =
        ["_source", "_source_includes", "_source_excludes", "realtime", "refresh", "routing", "preference", "stored_fields", "version", "version_type"];

    public IEnumerable<Route> Routes() =>
    [
        Route.Sync("PUT", "/{index}/_doc/{id}", [.. WriteParameters, "op_type"], Put),
        Route.Sync("POST", "/{index}/_doc/{id}", [.. WriteParameters, "op_type"], Put),
        Route.Sync("POST", "/{index}/_doc", [.. WriteParameters, "op_type"], Put),
        Route.Sync("PUT", "/{index}/_create/{id}", WriteParameters, Create),
        Route.Sync("POST", "/{index}/_create/{id}", WriteParameters, Create),
        Route.Sync("GET", "/{index}/_doc/{id}", GetParameters, Get),
        Route.Sync("HEAD", "/{index}/_doc/{id}", GetParameters, Head),
        Route.Sync("GET", "/{index}/_source/{id}", GetParameters, Source),
        Route.Sync("DELETE", "/{index}/_doc/{id}", ["if_seq_no", "if_primary_term", "version", "version_type", "refresh", "routing", "timeout", "wait_for_active_shards"], Delete),
        Route.Sync("POST", "/{index}/_update/{id}",
            ["if_seq_no", "if_primary_term", "refresh", "retry_on_conflict", "routing", "timeout", "wait_for_active_shards", "_source", "_source_includes", "_source_excludes", "require_alias", "lang"],
            Update),
    ];

    private RestResponse Put(RestRequest request)
    {
        var create = request.Query.String("op_type") switch
        {
            null or "index" => request.OptionalPathValue("id") is null,
            "create" => true,
            var other => throw RequestErrors.IllegalArgument($"opType must be 'create' or 'index', found: [{other}]"),
        };
        return Write(request, create);
    }

    private RestResponse Create(RestRequest request) => Write(request, create: true);

    private RestResponse Write(RestRequest request, bool create)
    {
        DocumentRequests.RejectPipeline(request.Query);
        if (!request.HasBody)
        {
            throw RequestErrors.ActionValidation("source is missing", "content type is missing");
        }

        var id = request.OptionalPathValue("id") ?? DocumentRequests.NewId();
        DocumentRequests.ValidateId(id);
        var index = engine.ForWrite(request.PathValue("index"));
        var indexRequest = DocumentRequests.FromQuery(new IndexRequest(id, request.Body) { Create = create }, request.Query);
        var result = index.Index(indexRequest);
        engine.Log?.Flush();
        return new RestResponse(WriteResponses.Status(result), WriteResponses.Document(index, result, WriteResponses.ForcedRefresh(request.Query)));
    }

    private RestResponse Get(RestRequest request)
    {
        RejectStoredFields(request);
        var index = engine.Require(request.PathValue("index"));
        var id = request.PathValue("id");
        var doc = index.Get(id);
        if (doc is null)
        {
            return new RestResponse(404, new JsonObject { ["_index"] = index.Name, ["_id"] = id, ["found"] = false });
        }

        return RestResponse.Ok(Found(index, doc, SourceFilter.FromQuery(request.Query) ?? SourceFilter.All));
    }

    private RestResponse Head(RestRequest request)
    {
        var index = engine.Require(request.PathValue("index"));
        return RestResponse.Head(index.Get(request.PathValue("id")) is not null);
    }

    private RestResponse Source(RestRequest request)
    {
        var index = engine.Require(request.PathValue("index"));
        var id = request.PathValue("id");
        var doc = index.Get(id) ?? throw RequestErrors.ResourceNotFound($"Document not found [{index.Name}]/[{id}]");
        var filter = SourceFilter.FromQuery(request.Query) ?? SourceFilter.All;
        return RestResponse.Ok(filter.Apply(doc.Source) ?? new JsonObject());
    }

    private RestResponse Delete(RestRequest request)
    {
        var index = engine.Require(request.PathValue("index"));
        var check = DocumentRequests.FromQuery(new IndexRequest(request.PathValue("id"), default), request.Query);
        var result = index.Delete(check.Id, check.IfSeqNo, check.IfPrimaryTerm, check.ExternalVersion);
        engine.Log?.Flush();
        return new RestResponse(WriteResponses.Status(result), WriteResponses.Document(index, result, WriteResponses.ForcedRefresh(request.Query)));
    }

    private RestResponse Update(RestRequest request)
    {
        var id = request.PathValue("id");
        DocumentRequests.ValidateId(id);
        var spec = UpdateSpec.Parse(id, request.BodyObject()) with
        {
            IfSeqNo = request.Query.Long("if_seq_no"),
            IfPrimaryTerm = request.Query.Long("if_primary_term"),
        };
        if (SourceFilter.FromQuery(request.Query) is { } fetch)
        {
            spec = spec with { Fetch = fetch };
        }

        var index = engine.ForWrite(request.PathValue("index"));
        var result = DocumentUpdater.Apply(index, spec, request.Query.Int("retry_on_conflict") ?? 0, engine.NowMillis);
        engine.Log?.Flush();
        var body = WriteResponses.Document(index, result.Write, WriteResponses.ForcedRefresh(request.Query));
        if (spec.Fetch is { Fetch: true } filter && result.Source is { } source)
        {
            body["get"] = new JsonObject
            {
                ["_seq_no"] = result.Write.SeqNo,
                ["_primary_term"] = result.Write.PrimaryTerm,
                ["found"] = true,
                ["_source"] = filter.Apply(source),
            };
        }

        return new RestResponse(WriteResponses.Status(result.Write), body);
    }

    /// <summary>A found document as GET and mget print it.</summary>
    public static JsonObject Found(EngineIndex index, StoredDocument doc, SourceFilter filter)
    {
        var json = new JsonObject
        {
            ["_index"] = index.Name,
            ["_id"] = doc.Id,
            ["_version"] = doc.Version,
            ["_seq_no"] = doc.SeqNo,
            ["_primary_term"] = doc.PrimaryTerm,
            ["found"] = true,
        };
        if (filter.Fetch)
        {
            json["_source"] = filter.Apply(doc.Source);
        }

        return json;
    }

    private static void RejectStoredFields(RestRequest request)
    {
        if (request.Query.String("stored_fields") is { Length: > 0 })
        {
            throw RequestErrors.Unsupported("stored_fields");
        }
    }
}
