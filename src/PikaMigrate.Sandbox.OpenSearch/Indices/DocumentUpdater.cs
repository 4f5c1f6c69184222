using PikaMigrate.Sandbox.OpenSearch.Documents;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Scripting;
using PikaMigrate.Sandbox.Painless;

namespace PikaMigrate.Sandbox.OpenSearch.Indices;

/// <summary>
/// The update API: read the live document, merge <c>doc</c> (noop when nothing changes) or run the script, and
/// write it back only if nobody wrote in between (retried <c>retry_on_conflict</c> times).
/// </summary>
internal static class DocumentUpdater
{
    public static UpdateResult Apply(EngineIndex index, UpdateSpec spec, int retryOnConflict, long nowMillis)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return ApplyOnce(index, spec, nowMillis);
            }
            catch (OpenSearchException e) when (e.Status == 409 && attempt < retryOnConflict && spec.IfSeqNo is null)
            {
                // Someone wrote between our read and our write: read again.
            }
        }
    }

    private static UpdateResult ApplyOnce(EngineIndex index, UpdateSpec spec, long nowMillis)
    {
        var current = index.Get(spec.Id);
        if (current is null)
        {
            return Upsert(index, spec, nowMillis);
        }

        if (spec.IfSeqNo is { } ifSeqNo && (current.SeqNo != ifSeqNo || current.PrimaryTerm != (spec.IfPrimaryTerm ?? 0)))
        {
            throw new OpenSearchException(409, DocumentErrors.VersionConflict(index.Name, index.Uuid, spec.Id,
                DocumentErrors.SeqNoMismatch(ifSeqNo, spec.IfPrimaryTerm ?? 0, current.SeqNo, current.PrimaryTerm)));
        }

        var source = SourceValues.ReadObject(current.Source);
        if (spec.Script is { } script)
        {
            var ctx = Context(index, current.Id, current.Version, source, "index", nowMillis);
            Run(script, ctx);
            switch (Operation(ctx))
            {
                case "delete":
                    return new UpdateResult(index.Delete(spec.Id, current.SeqNo, current.PrimaryTerm), null);
                case "index":
                    source = ctx["_source"] as Dictionary<string, object?> ?? source;
                    break;
                default:
                    return Noop(current);
            }
        }
        else if (!SourceValues.Merge(source, spec.Doc!, spec.DetectNoop) && spec.DetectNoop)
        {
            return Noop(current);
        }

        var bytes = SourceValues.Write(source);
        var result = index.Index(new IndexRequest(spec.Id, bytes) { IfSeqNo = current.SeqNo, IfPrimaryTerm = current.PrimaryTerm });
        return new UpdateResult(result, bytes);
    }

    private static UpdateResult Upsert(EngineIndex index, UpdateSpec spec, long nowMillis)
    {
        var upsert = spec.Upsert ?? (spec.DocAsUpsert ? spec.Doc : null);
        if (upsert is null)
        {
            throw new OpenSearchException(404, DocumentErrors.DocumentMissing(index.Name, index.Uuid, spec.Id));
        }

        if (spec.Script is { } script && spec.ScriptedUpsert)
        {
            var ctx = Context(index, spec.Id, 0, upsert, "create", nowMillis);
            Run(script, ctx);
            if (Operation(ctx) != "index")
            {
                return new UpdateResult(new WriteResult(spec.Id, -1, -2, 0, WriteOutcome.Noop), null);
            }

            upsert = ctx["_source"] as Dictionary<string, object?> ?? upsert;
        }

        var bytes = SourceValues.Write(upsert);
        return new UpdateResult(index.Index(new IndexRequest(spec.Id, bytes) { Create = true }), bytes);
    }

    private static Dictionary<string, object?> Context(EngineIndex index, string id, long version, Dictionary<string, object?> source, string op, long nowMillis) => new(StringComparer.Ordinal)
    {
        ["_index"] = index.Name,
        ["_id"] = id,
        ["_version"] = version,
        ["_routing"] = null,
        ["_source"] = source,
        ["op"] = op,
        ["_now"] = nowMillis,
    };

    private static void Run(ScriptSpec script, Dictionary<string, object?> ctx)
    {
        var compiled = ScriptCache.Compile(script.Source);
        try
        {
            compiled.Execute(new Dictionary<string, object?> { ["ctx"] = ctx, ["params"] = script.Params });
        }
        catch (PainlessException e)
        {
            throw ScriptErrors.Exception(e, script.Source);
        }
    }

    /// <summary>UpdateOpType.lenientFromString: create/index write, delete deletes, anything else is a noop.</summary>
    private static string Operation(Dictionary<string, object?> ctx) => (ctx.GetValueOrDefault("op") as string) switch
    {
        "index" or "create" => "index",
        "delete" => "delete",
        _ => "noop",
    };

    private static UpdateResult Noop(StoredDocument current) =>
        new(new WriteResult(current.Id, current.Version, current.SeqNo, current.PrimaryTerm, WriteOutcome.Noop, current), current.Source);
}
