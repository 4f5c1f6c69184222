using System.Collections.Concurrent;
using PikaMigrate.Sandbox.OpenSearch.Aggregations;
using PikaMigrate.Sandbox.OpenSearch.Documents;

namespace PikaMigrate.Sandbox.OpenSearch.Columns;

/// <summary>
/// One field's indexed values across a search view, by document position: each document's own arrays (shared,
/// not copied), gathered once per view on first use. Queries and aggregations then read a position instead of
/// looking the field up in every document. Term ordinals and date-histogram roundings derive from it on first use;
/// the view is immutable, so all of it stays valid until the next refresh publishes another view.
/// </summary>
internal sealed class FieldColumn
{
    /// <summary>Roundings kept per column; a request with yet another interval rounds without keeping it.</summary>
    private const int MaxRoundings = 8;

    private readonly string[]?[]? _terms;
    private readonly double[]?[]? _numbers;
    private readonly ConcurrentDictionary<string, RoundedDates> _roundings = new(StringComparer.Ordinal);
    private TermOrdinals? _ordinals;

    private FieldColumn(string[]?[]? terms, double[]?[]? numbers)
    {
        _terms = terms;
        _numbers = numbers;
    }

    /// <summary>A field no document of the view has (unmapped here).</summary>
    public static FieldColumn None { get; } = new(null, null);

    public static FieldColumn Build(StoredDocument[] documents, int fieldId)
    {
        string[]?[]? terms = null;
        double[]?[]? numbers = null;
        for (var doc = 0; doc < documents.Length; doc++)
        {
            if (documents[doc].Fields.TryGet(fieldId, out var field))
            {
                if (field.Terms is not null)
                {
                    (terms ??= new string[]?[documents.Length])[doc] = field.Terms;
                }

                if (field.Numbers is not null)
                {
                    (numbers ??= new double[]?[documents.Length])[doc] = field.Numbers;
                }
            }
        }

        return new FieldColumn(terms, numbers);
    }

    /// <summary>The document's terms (analyzed tokens or keyword values, in its order), or null without any.</summary>
    public string[]? Terms(int doc) => _terms?[doc];

    /// <summary>The document's numbers (ascending, as Lucene hands them out), or null without any.</summary>
    public double[]? Numbers(int doc) => _numbers?[doc];

    /// <summary>Whether the document has the field at all (a text value without tokens counts).</summary>
    public bool Has(int doc) => _terms?[doc] is not null || _numbers?[doc] is not null;

    /// <summary>The terms as small numbers: distinct values and each document's, for counting without hashing strings.</summary>
    public TermOrdinals Ordinals => LazyInitializer.EnsureInitialized(ref _ordinals, () => TermOrdinals.Build(_terms));

    /// <summary>Each document's date-histogram bucket keys for <paramref name="interval"/>.</summary>
    public RoundedDates Rounded(DateInterval interval)
    {
        var key = interval.CacheKey;
        if (_roundings.TryGetValue(key, out var rounded))
        {
            return rounded;
        }

        rounded = RoundedDates.Build(_numbers, interval);
        return _roundings.Count < MaxRoundings ? _roundings.GetOrAdd(key, rounded) : rounded;
    }
}
