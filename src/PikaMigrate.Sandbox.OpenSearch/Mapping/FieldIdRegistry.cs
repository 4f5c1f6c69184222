using System.Collections.Concurrent;

namespace PikaMigrate.Sandbox.OpenSearch.Mapping;

/// <summary>Stable small ids for field paths within one index, so documents keep their values in compact sorted arrays.</summary>
internal sealed class FieldIdRegistry
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private int _next;

    public int IdOf(string path) =>
        _ids.TryGetValue(path, out var id) ? id : _ids.GetOrAdd(path, static (_, registry) => Interlocked.Increment(ref registry._next), this);
}
