using System.Numerics;

namespace PikaMigrate.Sandbox.OpenSearch.Columns;

/// <summary>
/// A set of documents of one search view, by their position in it (index order), as a bitset: what a query
/// matches. Combining filters is a pass over words, not over documents.
/// </summary>
internal sealed class DocIdSet
{
    private readonly ulong[] _words;

    private DocIdSet(int size)
    {
        Size = size;
        _words = new ulong[(size + 63) >> 6];
    }

    /// <summary>The number of documents in the view (positions 0 to Size - 1).</summary>
    public int Size { get; }

    public static DocIdSet Empty(int size) => new(size);

    public static DocIdSet All(int size)
    {
        var set = new DocIdSet(size);
        Array.Fill(set._words, ulong.MaxValue);
        set.ClearBeyondSize();
        return set;
    }

    /// <summary>The positions for which <paramref name="test"/> holds.</summary>
    public static DocIdSet Where(int size, Func<int, bool> test)
    {
        var set = new DocIdSet(size);
        for (var doc = 0; doc < size; doc++)
        {
            if (test(doc))
            {
                set.Add(doc);
            }
        }

        return set;
    }

    public bool Contains(int doc) => (_words[doc >> 6] & (1UL << doc)) != 0;

    public void Add(int doc) => _words[doc >> 6] |= 1UL << doc;

    public int Count()
    {
        var count = 0;
        foreach (var word in _words)
        {
            count += BitOperations.PopCount(word);
        }

        return count;
    }

    /// <summary>Keeps only the documents also in <paramref name="other"/>.</summary>
    public void IntersectWith(DocIdSet other)
    {
        for (var i = 0; i < _words.Length; i++)
        {
            _words[i] &= other._words[i];
        }
    }

    public void UnionWith(DocIdSet other)
    {
        for (var i = 0; i < _words.Length; i++)
        {
            _words[i] |= other._words[i];
        }
    }

    public void ExceptWith(DocIdSet other)
    {
        for (var i = 0; i < _words.Length; i++)
        {
            _words[i] &= ~other._words[i];
        }
    }

    /// <summary>The positions in ascending (index) order, at most <paramref name="limit"/> of them.</summary>
    public int[] ToArray(int limit = int.MaxValue)
    {
        var result = new int[Math.Min(Count(), limit)];
        var n = 0;
        for (var i = 0; i < _words.Length && n < result.Length; i++)
        {
            var word = _words[i];
            while (word != 0 && n < result.Length)
            {
                result[n++] = (i << 6) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
            }
        }

        return result;
    }

    private void ClearBeyondSize()
    {
        if ((Size & 63) != 0)
        {
            _words[^1] &= (1UL << Size) - 1;
        }
    }
}
