namespace PikaMigrate.Sandbox.OpenSearch.Aggregations;

/// <summary>The documents that fell into one bucket, kept per index so sub-aggregations resolve fields per index.</summary>
internal sealed class BucketDocs(int sets)
{
    private readonly List<int>?[] _perSet = new List<int>?[sets];

    public long Count { get; private set; }

    /// <summary>The bucket for a key, created empty when new.</summary>
    public static BucketDocs In<TKey>(IDictionary<TKey, BucketDocs> buckets, TKey key, int sets)
    {
        if (!buckets.TryGetValue(key, out var docs))
        {
            docs = new BucketDocs(sets);
            buckets[key] = docs;
        }

        return docs;
    }

    /// <summary>Adds a document (its position in the set's view); each set's documents come in ascending order.</summary>
    public void Add(int set, int doc)
    {
        (_perSet[set] ??= []).Add(doc);
        Count++;
    }

    public IReadOnlyList<DocSet> ToSets(IReadOnlyList<DocSet> parents)
    {
        var result = new List<DocSet>(parents.Count);
        for (var i = 0; i < parents.Count; i++)
        {
            result.Add(parents[i].With(_perSet[i] is { } docs ? [.. docs] : []));
        }

        return result;
    }
}
