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

    public string[] Single(string term) =>
        term.Length > MaxTermLength || _terms.Count >= MaxEntries ? [term] : _terms.GetOrAdd(term, static t => [t]);

    public string Term(string term) => term.Length > MaxTermLength || _terms.Count >= MaxEntries ? term : Single(term)[0];

    public double[] Single(double number) =>
        _numbers.Count >= MaxEntries ? [number] : _numbers.GetOrAdd(number, static n => [n]);
}
