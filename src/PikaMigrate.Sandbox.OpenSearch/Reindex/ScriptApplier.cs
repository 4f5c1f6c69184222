using PikaMigrate.Sandbox.OpenSearch.Documents;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Scripting;
using PikaMigrate.Sandbox.Painless;

namespace PikaMigrate.Sandbox.OpenSearch.Reindex;

/// <summary>
/// Runs an update-by-query script on one hit: ctx holds <c>_index</c>, <c>_id</c>, <c>_version</c>,
/// <c>_routing</c>, <c>_source</c> and <c>op</c>; afterwards the checks of OpenSearch's ScriptApplier, in its order.
/// </summary>
internal sealed class ScriptApplier(ScriptSpec script)
{
    private readonly PainlessScript _compiled = ScriptCache.Compile(script.Source);

    public ScriptOutcome Apply(ScrollItem item)
    {
        var doc = item.Document;
        var source = SourceValues.ReadObject(doc.Source);
        var ctx = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["_index"] = item.Index.Name,
            ["_id"] = doc.Id,
            ["_version"] = doc.Version,
            ["_routing"] = null,
            ["_source"] = source,
            ["op"] = "index",
        };
        try
        {
            _compiled.Execute(new Dictionary<string, object?> { ["ctx"] = ctx, ["params"] = script.Params });
        }
        catch (PainlessException e)
        {
            throw ScriptErrors.Exception(e, script.Source);
        }

        Unchanged(ctx, "_index", item.Index.Name);
        Unchanged(ctx, "_id", doc.Id);
        if (!(ctx.Remove("_version", out var version) && version is int or long && Convert.ToInt64(version, System.Globalization.CultureInfo.InvariantCulture) == doc.Version))
        {
            throw RequestErrors.IllegalArgument("Modifying [_version] not allowed");
        }

        if (!ctx.Remove("_routing", out var routing) || routing is not null)
        {
            throw RequestErrors.IllegalArgument("Modifying [_routing] not allowed");
        }

        ctx.Remove("op", out var op);
        var operation = op as string;
        if (operation is not ("noop" or "index" or "delete"))
        {
            throw RequestErrors.IllegalArgument($"Operation type [{op}] not allowed, only [noop, index, delete] are allowed");
        }

        ctx.Remove("_source", out var newSource);
        if (ctx.Count > 0)
        {
            throw RequestErrors.IllegalArgument($"Invalid fields added to context [{string.Join(",", ctx.Keys)}]");
        }

        return operation == "index"
            ? new ScriptOutcome(operation, SourceValues.Write(newSource as IDictionary<string, object?> ?? source))
            : new ScriptOutcome(operation, null);
    }

    private static void Unchanged(Dictionary<string, object?> ctx, string key, string expected)
    {
        if (!ctx.Remove(key, out var value) || value as string != expected)
        {
            throw RequestErrors.IllegalArgument($"Modifying [{key}] not allowed");
        }
    }
}
