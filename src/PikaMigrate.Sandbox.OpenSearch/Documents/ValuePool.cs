using System.Collections.Concurrent;

namespace PikaMigrate.Sandbox.OpenSearch.Documents;

/// <summary>
/// Shares identical short terms and single-value arrays between an index's documents: most Pika values repeat
/// (chat apps, agents, names, token counts, costs), so a document holds references instead of copies. The arrays
/// are never changed after indexing, so sharing them is safe. Long terms (ids) and dates are left alone.
/// </summary>
internal sealed class ValuePool
{
    private const int MaxTermLength = 32;
    private const int MaxEntries = 500_000;

    private readonly ConcurrentDictionary<string, string[]> _terms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<double, double[]> _numbers = new();

    // ConcurrentDictionary.Count takes every lock: the pool counts its own entries (approximately).
    private int _entries;

    public string[] Single(string term)
    {
        if (_terms.TryGetValue(term, out var shared))
        {
            return shared;
        }

        return term.Length > MaxTermLength || Volatile.Read(ref _entries) >= MaxEntries ? [term] : _terms.GetOrAdd(term, static (t, pool) => pool.Added<string[]>([t]), this);
    }

    public string Term(string term) => term.Length > MaxTermLength ? term : Single(term)[0];

    public double[] Single(double number)
    {
        if (_numbers.TryGetValue(number, out var shared))
        {
            return shared;
        }

        return Volatile.Read(ref _entries) >= MaxEntries ? [number] : _numbers.GetOrAdd(number, static (n, pool) => pool.Added<double[]>([n]), this);
    }

    private T Added<T>(T value)
    {
        Interlocked.Increment(ref _entries);
        return value;
    }
}
