using System.Runtime.InteropServices;

namespace PikaMigrate.Sandbox.OpenSearch.Columns;

/// <summary>
/// A term column as ordinals: the distinct terms of a view (in the order first met) and, per document, the
/// ordinals of its terms in its own order, duplicates kept, so every reader sees what the terms arrays hold.
/// </summary>
internal sealed class TermOrdinals
{
    /// <summary>Null when no document has a term.</summary>
    private readonly int[]? _starts;
    private readonly int[] _ordinals;

    private TermOrdinals(string[] terms, int[]? starts, int[] ordinals)
    {
        Terms = terms;
        _starts = starts;
        _ordinals = ordinals;
    }

    /// <summary>The distinct terms; a term's ordinal is its index here.</summary>
    public string[] Terms { get; }

    /// <param name="column">Each document's terms; null when no document has any.</param>
    public static TermOrdinals Build(string[]?[]? column)
    {
        if (column is null)
        {
            return new TermOrdinals([], null, []);
        }

        var starts = new int[column.Length + 1];
        for (var doc = 0; doc < column.Length; doc++)
        {
            starts[doc + 1] = starts[doc] + (column[doc]?.Length ?? 0);
        }

        var ordinals = new int[starts[^1]];
        var byTerm = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = new List<string>();
        var n = 0;
        foreach (var values in column)
        {
            foreach (var term in values ?? [])
            {
                ref var ordinal = ref CollectionsMarshal.GetValueRefOrAddDefault(byTerm, term, out var exists);
                if (!exists)
                {
                    ordinal = terms.Count;
                    terms.Add(term);
                }

                ordinals[n++] = ordinal;
            }
        }

        return new TermOrdinals([.. terms], starts, ordinals);
    }

    /// <summary>The ordinals of a document's terms (empty without any).</summary>
    public ReadOnlySpan<int> Of(int doc) => _starts is null ? [] : _ordinals.AsSpan(_starts[doc], _starts[doc + 1] - _starts[doc]);
}
