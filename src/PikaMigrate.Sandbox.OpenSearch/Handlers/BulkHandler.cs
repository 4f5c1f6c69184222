using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Documents;
using PikaMigrate.Sandbox.OpenSearch.Engine;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Http;
using PikaMigrate.Sandbox.OpenSearch.Indices;
using PikaMigrate.Sandbox.OpenSearch.Json;

namespace PikaMigrate.Sandbox.OpenSearch.Handlers;

/// <summary>
/// <c>_bulk</c> (NDJSON): items run in order and fail one by one; the request answers 200 with per-item results.
/// Sources are parsed in parallel before the ordered commit.
/// </summary>
internal sealed class BulkHandler(OpenSearchEngine engine) : IRestHandler
{
    private static readonly string[] Parameters =
        ["refresh", "routing", "timeout", "wait_for_active_shards", "pipeline", "require_alias", "_source", "_source_includes", "_source_excludes"];

    private static readonly string[] Ops = ["create", "delete", "index", "update"];

    private static readonly string[] MetadataKeys =
        ["_index", "_id", "routing", "op_type", "if_seq_no", "if_primary_term", "version", "version_type", "retry_on_conflict", "pipeline", "require_alias", "_source"];

    public IEnumerable<Route> Routes() =>
    [
        new("POST", "/_bulk", Parameters, BulkAsync),
        new("PUT", "/_bulk", Parameters, BulkAsync),
        new("POST", "/{index}/_bulk", Parameters, BulkAsync),
        new("PUT", "/{index}/_bulk", Parameters, BulkAsync),
    ];

    private async Task<RestResponse> BulkAsync(RestRequest request, CancellationToken aborted)
    {
        var started = Stopwatch.StartNew();
        DocumentRequests.RejectRouting(request.Query.String("routing"));
        var requireAlias = request.Query.Bool("require_alias", false);
        var activeShards = request.Query.String("wait_for_active_shards");
        DocumentRequests.RequireActiveShards(activeShards, copies: 1);
        var refresh = RefreshPolicies.Parse(request.Query.String("refresh"));
        var items = Parse(request.Body, request.OptionalPathValue("index"), SourceFilter.FromQuery(request.Query), request.Query.String("pipeline"));
        PrepareInParallel(items);
        var results = new JsonArray();
        var shards = new Dictionary<EngineIndex, (long SeqNo, List<JsonObject> Items)>();
        var errors = false;
        foreach (var item in items)
        {
            var (result, index, seqNo) = Execute(item, requireAlias, activeShards);
            errors |= index is null;
            results.Add(new JsonObject { [item.Op] = result });
            if (index is not null)
            {
                var (last, done) = shards.TryGetValue(index, out var shard) ? shard : (-1, []);
                done.Add(result);
                shards[index] = (Math.Max(last, seqNo ?? -1), done);
            }
        }

        engine.Log?.Flush();

        // Each shard refreshes (or waits) once for the whole request, and all its items say whether it was forced.
        foreach (var (index, (seqNo, done)) in shards)
        {
            if (await refresh.AfterWriteAsync(index, seqNo, aborted).ConfigureAwait(false))
            {
                done.ForEach(WriteResponses.MarkForcedRefresh);
            }
        }

        return RestResponse.Ok(new JsonObject { ["took"] = started.ElapsedMilliseconds, ["errors"] = errors, ["items"] = results });
    }

    /// <returns>The item's response; the index and sequence number it wrote (none for a failure or a noop).</returns>
    private (JsonObject Result, EngineIndex? Index, long? SeqNo) Execute(BulkItem item, bool requireAlias, string? activeShards)
    {
        EngineIndex? index = null;
        try
        {
            if (item.Op != "delete")
            {
                DocumentRequests.RequireAlias(engine, item.Index!, item.RequireAlias ?? requireAlias);
            }

            index = item.Op == "delete" ? engine.RequireForWrite(item.Index!) : engine.ForWrite(item.Index!);
            DocumentRequests.RequireActiveShards(activeShards, index.ShardCopies);
            if (item.Id!.Length == 0)
            {
                throw RequestErrors.IllegalArgument("if _id is specified it must not be empty");
            }

            switch (item.Op)
            {
                case "delete":
                {
                    var check = DocumentRequests.WithConcurrency(new IndexRequest(item.Id!, default), item.IfSeqNo, item.IfPrimaryTerm, item.Version, item.VersionType);
                    var result = index.Delete(item.Id!, check.IfSeqNo, check.IfPrimaryTerm, check.ExternalVersion, check.ExternalGte);
                    return (WithStatus(WriteResponses.Document(index, result, forcedRefresh: false), WriteResponses.Status(result)), index, result.SeqNo);
                }

                case "update":
                {
                    var spec = item.Update! with { IfSeqNo = item.IfSeqNo, IfPrimaryTerm = item.IfPrimaryTerm, Fetch = item.Update!.Fetch ?? item.Fetch };
                    var update = DocumentUpdater.Apply(index, spec, item.RetryOnConflict, engine.NowMillis);
                    var json = WriteResponses.Document(index, update.Write, forcedRefresh: false);
                    WriteResponses.AddGet(json, spec, update);

                    return (WithStatus(json, WriteResponses.Status(update.Write)), index, update.Write.Outcome == WriteOutcome.Noop ? null : update.Write.SeqNo);
                }

                default:
                {
                    DocumentRequests.RequireNoPipeline(item.Pipeline);
                    var indexRequest = DocumentRequests.WithConcurrency(new IndexRequest(item.Id!, item.Source) { Create = item.Op == "create" }, item.IfSeqNo, item.IfPrimaryTerm, item.Version, item.VersionType);
                    var parsed = item.Parsed?.ParsedWith.Ids == index.Mapping.Ids ? item.Parsed : null;
                    var result = index.Index(indexRequest, parsed);
                    return (WithStatus(WriteResponses.Document(index, result, forcedRefresh: false), WriteResponses.Status(result)), index, result.SeqNo);
                }
            }
        }
        catch (OpenSearchException e)
        {
            var failure = new JsonObject
            {
                ["_index"] = index?.Name ?? item.Index,
                ["_id"] = item.Id,
                ["status"] = e.Status,
                ["error"] = e.Error.ToJson(),
            };
            return (failure, null, null);
        }
    }

    private void PrepareInParallel(List<BulkItem> items)
    {
        var toParse = items.Where(i => i.Op is "index" or "create").ToList();
        if (toParse.Count < 16)
        {
            return;
        }

        Parallel.ForEach(toParse, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, item =>
        {
            if (engine.Find(item.Index!) is { } index)
            {
                try
                {
                    item.Parsed = index.Parse(item.Id!, item.Source);
                }
                catch (OpenSearchException)
                {
                    // Reported when the item runs (the mapping may have changed by then).
                }
            }
        });
    }

    private static JsonObject WithStatus(JsonObject json, int status)
    {
        json["status"] = status;
        return json;
    }

    private static List<BulkItem> Parse(ReadOnlyMemory<byte> body, string? defaultIndex, SourceFilter? defaultFetch, string? defaultPipeline)
    {
        var span = body.Span;
        if (span.Length == 0)
        {
            throw RequestErrors.RequestBodyRequired();
        }

        if (span[^1] != (byte)'\n')
        {
            throw RequestErrors.IllegalArgument("The bulk request must be terminated by a newline [\\n]");
        }

        var items = new List<BulkItem>();
        var problems = new List<string>();
        var position = 0;
        var line = 0;
        while (position < body.Length)
        {
            var action = NextLine(body, ref position);
            line++;
            if (JsonBody.IsBlank(action.Span))
            {
                continue;
            }

            var item = ParseAction(action, line, defaultIndex);
            if (item.Op != "delete")
            {
                if (position >= body.Length)
                {
                    throw RequestErrors.IllegalArgument($"Malformed action/metadata line [{line}], the source line for [{item.Op}] is missing");
                }

                var source = NextLine(body, ref position);
                line++;
                item = item.Op == "update"
                    ? new BulkItem(item.Op, item.Index, item.Id)
                    {
                        IfSeqNo = item.IfSeqNo, IfPrimaryTerm = item.IfPrimaryTerm, RetryOnConflict = item.RetryOnConflict, Fetch = item.Fetch ?? defaultFetch,
                        RequireAlias = item.RequireAlias,
                        Update = UpdateSpec.Parse(item.Id ?? "", JsonBody.ParseObject(source)),
                    }
                    : new BulkItem(item.Op, item.Index, item.Id)
                    {
                        IfSeqNo = item.IfSeqNo, IfPrimaryTerm = item.IfPrimaryTerm, Version = item.Version, VersionType = item.VersionType, Source = source,
                        RequireAlias = item.RequireAlias, Pipeline = item.Pipeline ?? defaultPipeline,
                    };
            }

            if (item.Index is null)
            {
                problems.Add("index is missing");
            }

            if (item.Id is null || (item.Id.Length == 0 && item.Op is "update" or "delete"))
            {
                if (item.Op is "update" or "delete")
                {
                    problems.Add("id is missing");
                }
                else
                {
                    item.Id = DocumentRequests.NewId();
                }
            }

            items.Add(item);
        }

        if (problems.Count > 0)
        {
            throw RequestErrors.ActionValidation([.. problems]);
        }

        return items;
    }

    private static BulkItem ParseAction(ReadOnlyMemory<byte> line, int number, string? defaultIndex)
    {
        var parsed = JsonBody.Parse(line.Span);
        if (parsed is JsonObject { Count: 0 })
        {
            throw RequestErrors.IllegalArgument($"Malformed action/metadata line [{number}], expected FIELD_NAME but found [END_OBJECT]");
        }

        if (parsed is not JsonObject { Count: 1 } action)
        {
            throw RequestErrors.IllegalArgument($"Malformed action/metadata line [{number}], expected START_OBJECT or END_OBJECT but found [VALUE_STRING]");
        }

        var (op, value) = action.First();
        if (!Ops.Contains(op))
        {
            throw RequestErrors.IllegalArgument($"Malformed action/metadata line [{number}], expected one of [create, delete, index, update] but found [{op}]");
        }

        if (value is not JsonObject metadata)
        {
            throw RequestErrors.IllegalArgument($"Malformed action/metadata line [{number}], expected START_OBJECT but found [{value?.GetValueKind()}]");
        }

        foreach (var key in metadata.Select(kv => kv.Key))
        {
            if (!MetadataKeys.Contains(key))
            {
                throw RequestErrors.IllegalArgument($"Action/metadata line [{number}] contains an unknown parameter [{key}]");
            }
        }

        DocumentRequests.RejectRouting(JsonRead.ScalarText(metadata["routing"]));

        // An index action with op_type create is a create, answered under "create".
        if (op == "index" && metadata["op_type"] is { } opType && JsonRead.String(opType, "op_type") == "create")
        {
            op = "create";
        }

        var id = metadata["_id"] is { } idNode ? JsonRead.ScalarText(idNode) : null;
        if (id is { Length: > 0 })
        {
            // Too long fails the whole request (BulkRequest.validate); empty fails the item alone (IndexRequest.process).
            DocumentRequests.ValidateId(id);
        }

        return new BulkItem(op, metadata["_index"] is { } i ? JsonRead.String(i, "_index") : defaultIndex, id)
        {
            IfSeqNo = metadata["if_seq_no"] is { } s ? JsonRead.Long(s, "if_seq_no") : null,
            IfPrimaryTerm = metadata["if_primary_term"] is { } t ? JsonRead.Long(t, "if_primary_term") : null,
            Version = metadata["version"] is { } v ? JsonRead.Long(v, "version") : null,
            VersionType = metadata["version_type"] is { } vt ? JsonRead.String(vt, "version_type") : null,
            RetryOnConflict = metadata["retry_on_conflict"] is { } r ? JsonRead.Int(r, "retry_on_conflict") : 0,
            RequireAlias = metadata["require_alias"] is { } ra ? JsonRead.Bool(ra, "require_alias") : null,
            Pipeline = metadata["pipeline"] is { } pipeline ? JsonRead.String(pipeline, "pipeline") : null,
            Fetch = metadata["_source"] is { } src ? SourceFilter.FromBody(src) : null,
        };
    }

    private static ReadOnlyMemory<byte> NextLine(ReadOnlyMemory<byte> body, ref int position)
    {
        var rest = body[position..];
        var end = rest.Span.IndexOf((byte)'\n');
        var line = end < 0 ? rest : rest[..end];
        position += end < 0 ? rest.Length : end + 1;
        return line.Span.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;
    }
}
