using System.Collections.Concurrent;
using PikaMigrate.Sandbox.Painless;

namespace PikaMigrate.Sandbox.OpenSearch.Scripting;

/// <summary>Compiled scripts by source, as OpenSearch's script cache: a batch or a task compiles once.</summary>
internal static class ScriptCache
{
    private static readonly ConcurrentDictionary<string, PainlessScript> Compiled = new(StringComparer.Ordinal);

    /// <exception cref="Errors.OpenSearchException">A compile error (400 <c>script_exception</c>).</exception>
    public static PainlessScript Compile(string source)
    {
        if (Compiled.TryGetValue(source, out var script))
        {
            return script;
        }

        try
        {
            script = PainlessScript.Compile(source);
        }
        catch (PainlessException e)
        {
            throw ScriptErrors.Exception(e, source);
        }

        if (Compiled.Count > 1000)
        {
            Compiled.Clear();
        }

        return Compiled.GetOrAdd(source, script);
    }
}
