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
        new("PUT", "/{index}/_doc/{id}", [.. WriteParameters, "op_type"], PutAsync),
        new("POST", "/{index}/_doc/{id}", [.. WriteParameters, "op_type"], PutAsync),
        new("POST", "/{index}/_doc", [.. WriteParameters, "op_type"], PutAsync),
        new("PUT", "/{index}/_create/{id}", WriteParameters, CreateAsync),
        new("POST", "/{index}/_create/{id}", WriteParameters, CreateAsync),
        Route.Sync("GET", "/{index}/_doc/{id}", GetParameters, Get),
        Route.Sync("HEAD", "/{index}/_doc/{id}", GetParameters, Head),
        Route.Sync("GET", "/{index}/_source/{id}", GetParameters, Source),
        new("DELETE", "/{index}/_doc/{id}", ["if_seq_no", "if_primary_term", "version", "version_type", "refresh", "routing", "timeout", "wait_for_active_shards"], DeleteAsync),
        new("POST", "/{index}/_update/{id}",
            ["if_seq_no", "if_primary_term", "refresh", "retry_on_conflict", "routing", "timeout", "wait_for_active_shards", "_source", "_source_includes", "_source_excludes", "require_alias", "lang"],
            UpdateAsync),
    ];

    private Task<RestResponse> PutAsync(RestRequest request, CancellationToken aborted)
    {
        var create = request.Query.String("op_type") switch
        {
            null or "index" => request.OptionalPathValue("id") is null,
            "create" => true,
            var other => throw RequestErrors.IllegalArgument($"opType must be 'create' or 'index', found: [{other}]"),
        };
        return WriteAsync(request, create, aborted);
    }

    private Task<RestResponse> CreateAsync(RestRequest request, CancellationToken aborted) => WriteAsync(request, create: true, aborted);

    private async Task<RestResponse> WriteAsync(RestRequest request, bool create, CancellationToken aborted)
    {
        DocumentRequests.RequireNoPipeline(request.Query.String("pipeline"));
        DocumentRequests.RejectRouting(request.Query.String("routing"));
        var refresh = RefreshPolicies.Parse(request.Query.String("refresh"));
        if (!request.HasBody)
        {
            throw RequestErrors.ActionValidation("source is missing", "content type is missing");
        }

        var id = request.OptionalPathValue("id") ?? DocumentRequests.NewId();
        DocumentRequests.ValidateId(id);
        DocumentRequests.RequireAlias(engine, request.PathValue("index"), request.Query.Bool("require_alias", false));
        var index = engine.ForWrite(request.PathValue("index"));
        DocumentRequests.RequireActiveShards(request.Query.String("wait_for_active_shards"), index.ShardCopies);
        var indexRequest = DocumentRequests.FromQuery(new IndexRequest(id, request.Body) { Create = create }, request.Query);
        var result = index.Index(indexRequest);
        engine.Log?.Flush();
        var forced = await refresh.AfterWriteAsync(index, result.SeqNo, aborted).ConfigureAwait(false);
        return new RestResponse(WriteResponses.Status(result), WriteResponses.Document(index, result, forced));
    }

    private RestResponse Get(RestRequest request)
    {
        DocumentRequests.RejectRouting(request.Query.String("routing"));
        var index = engine.Require(request.PathValue("index"));
        var id = request.PathValue("id");
        var doc = DocumentRequests.Read(index, id, request.Query);
        new ReadVersion(request.Query.Long("version"), request.Query.String("version_type")).Check(index, id, doc);
        if (doc is null)
        {
            return new RestResponse(404, new JsonObject { ["_index"] = index.Name, ["_id"] = id, ["found"] = false });
        }

        var stored = StoredFields.ForGet(request.Query.List("stored_fields"));
        return RestResponse.Ok(Found(index, doc, SourceFilter.FromQuery(request.Query) ?? Default(stored), stored));
    }

    private RestResponse Head(RestRequest request)
    {
        DocumentRequests.RejectRouting(request.Query.String("routing"));
        var index = engine.Require(request.PathValue("index"));
        return RestResponse.Head(DocumentRequests.Read(index, request.PathValue("id"), request.Query) is not null);
    }

    private RestResponse Source(RestRequest request)
    {
        DocumentRequests.RejectRouting(request.Query.String("routing"));
        var index = engine.Require(request.PathValue("index"));
        var id = request.PathValue("id");
        var doc = DocumentRequests.Read(index, id, request.Query) ?? throw RequestErrors.ResourceNotFound($"Document not found [{index.Name}]/[{id}]");
        var filter = SourceFilter.FromQuery(request.Query) ?? SourceFilter.All;
        return RestResponse.Ok(filter.Apply(doc.Source) ?? new JsonObject());
    }

    private async Task<RestResponse> DeleteAsync(RestRequest request, CancellationToken aborted)
    {
        var refresh = RefreshPolicies.Parse(request.Query.String("refresh"));
        DocumentRequests.RejectRouting(request.Query.String("routing"));
        var index = engine.RequireForWrite(request.PathValue("index"));
        DocumentRequests.RequireActiveShards(request.Query.String("wait_for_active_shards"), index.ShardCopies);
        var check = DocumentRequests.FromQuery(new IndexRequest(request.PathValue("id"), default), request.Query);
        var result = index.Delete(check.Id, check.IfSeqNo, check.IfPrimaryTerm, check.ExternalVersion, check.ExternalGte);
        engine.Log?.Flush();
        var forced = await refresh.AfterWriteAsync(index, result.SeqNo, aborted).ConfigureAwait(false);
        return new RestResponse(WriteResponses.Status(result), WriteResponses.Document(index, result, forced));
    }

    private async Task<RestResponse> UpdateAsync(RestRequest request, CancellationToken aborted)
    {
        var refresh = RefreshPolicies.Parse(request.Query.String("refresh"));
        DocumentRequests.RejectRouting(request.Query.String("routing"));
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

        DocumentRequests.RequireAlias(engine, request.PathValue("index"), request.Query.Bool("require_alias", false));
        var index = engine.ForWrite(request.PathValue("index"));
        DocumentRequests.RequireActiveShards(request.Query.String("wait_for_active_shards"), index.ShardCopies);
        var result = DocumentUpdater.Apply(index, spec, request.Query.Int("retry_on_conflict") ?? 0, engine.NowMillis);
        engine.Log?.Flush();
        // A noop writes nothing, so there is nothing to refresh or wait for.
        var forced = result.Write.Outcome != WriteOutcome.Noop && await refresh.AfterWriteAsync(index, result.Write.SeqNo, aborted).ConfigureAwait(false);
        var body = WriteResponses.Document(index, result.Write, forced);
        WriteResponses.AddGet(body, spec, result);

        return new RestResponse(WriteResponses.Status(result.Write), body);
    }

    /// <summary>Without a <c>_source</c> parameter the source comes unless <c>stored_fields</c> leaves it out.</summary>
    public static SourceFilter Default(StoredFields? stored) => stored is { NamesSource: false } ? SourceFilter.NoSource : SourceFilter.All;

    /// <summary>A found document as GET and mget print it (GetResult: the source, then the stored <c>fields</c>).</summary>
    public static JsonObject Found(EngineIndex index, StoredDocument doc, SourceFilter filter, StoredFields? stored)
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

        if (stored?.Values(doc) is { } fields)
        {
            json["fields"] = fields;
        }

        return json;
    }
}
