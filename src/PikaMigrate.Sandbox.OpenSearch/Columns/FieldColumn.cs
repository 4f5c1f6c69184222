using System.Collections.Concurrent;
using PikaMigrate.Sandbox.OpenSearch.Aggregations;
using PikaMigrate.Sandbox.OpenSearch.Documents;

namespace PikaMigrate.Sandbox.OpenSearch.Columns;

/// <summary>
/// One field's indexed values across a search view, by document position, gathered once per view on first use:
/// each document's terms (its own arrays, shared), and all numbers in one flat array in document order, so sums
/// and range scans read memory in sequence instead of following one small array per document. Queries and
/// aggregations then read a position instead of looking the field up in every document. Term ordinals and date-histogram roundings derive from it on first use;
/// the view is immutable, so all of it stays valid until the next refresh publishes another view.
/// </summary>
internal sealed class FieldColumn
{
    /// <summary>Roundings kept per column; a request with yet another interval rounds without keeping it.</summary>
    private const int MaxRoundings = 8;

    private readonly string[]?[]? _terms;

    /// <summary>Where each document's numbers start in <see cref="_numbers"/> (one more entry than documents); null when no document has any.</summary>
    private readonly int[]? _numberStarts;
    private readonly double[] _numbers;
    private readonly ConcurrentDictionary<string, RoundedDates> _roundings = new(StringComparer.Ordinal);
    private TermOrdinals? _ordinals;

    private FieldColumn(string[]?[]? terms, int[]? numberStarts, double[] numbers)
    {
        _terms = terms;
        _numberStarts = numberStarts;
        _numbers = numbers;
    }

    /// <summary>A field no document of the view has (unmapped here).</summary>
    public static FieldColumn None { get; } = new(null, null, []);

    public static FieldColumn Build(StoredDocument[] documents, int fieldId)
    {
        // First the terms and where each document's numbers start, then the numbers into an array of their exact size:
        // a list growing to a view's size would allocate and copy several large arrays per column.
        string[]?[]? terms = null;
        int[]? numberStarts = null;
        for (var doc = 0; doc < documents.Length; doc++)
        {
            var count = 0;
            if (documents[doc].Fields.TryGet(fieldId, out var field))
            {
                if (field.Terms is not null)
                {
                    (terms ??= new string[]?[documents.Length])[doc] = field.Terms;
                }

                if (field.Numbers is not null)
                {
                    numberStarts ??= new int[documents.Length + 1];
                    count = field.Numbers.Length;
                }
            }

            if (numberStarts is not null)
            {
                numberStarts[doc + 1] = numberStarts[doc] + count;
            }
        }

        if (numberStarts is null)
        {
            return new FieldColumn(terms, null, []);
        }

        var numbers = new double[numberStarts[^1]];
        for (var doc = 0; doc < documents.Length; doc++)
        {
            if (numberStarts[doc + 1] > numberStarts[doc] && documents[doc].Fields.TryGet(fieldId, out var field))
            {
                field.Numbers!.CopyTo(numbers, numberStarts[doc]);
            }
        }

        return new FieldColumn(terms, numberStarts, numbers);
    }

    /// <summary>The document's terms (analyzed tokens or keyword values, in its order), or null without any.</summary>
    public string[]? Terms(int doc) => _terms?[doc];

    /// <summary>
    /// The document's numbers (ascending, as Lucene hands them out); empty without any (a numeric field's values are
    /// never an empty array: a document either has some or does not have the field).
    /// </summary>
    public ReadOnlySpan<double> Numbers(int doc) =>
        _numberStarts is null ? [] : _numbers.AsSpan(_numberStarts[doc], _numberStarts[doc + 1] - _numberStarts[doc]);

    /// <summary>Whether the document has the field at all (a text value without tokens counts).</summary>
    public bool Has(int doc) => _terms?[doc] is not null || !Numbers(doc).IsEmpty;

    /// <summary>The terms as small numbers: distinct values and each document's, for counting without hashing strings.</summary>
    public TermOrdinals Ordinals => LazyInitializer.EnsureInitialized(ref _ordinals, () => TermOrdinals.Build(_terms));

    /// <summary>The date-histogram bucket keys for <paramref name="interval"/>, rounded as searches ask for them.</summary>
    public RoundedDates Rounded(DateInterval interval)
    {
        var key = interval.CacheKey;
        if (_roundings.TryGetValue(key, out var rounded))
        {
            return rounded;
        }

        rounded = new RoundedDates(_numberStarts, _numbers, interval);
        return _roundings.Count < MaxRoundings ? _roundings.GetOrAdd(key, rounded) : rounded;
    }
}
