using PikaMigrate.Sandbox.OpenSearch.Documents;

namespace PikaMigrate.Sandbox.OpenSearch.Aggregations;

/// <summary>The documents that fell into one bucket, kept per index so sub-aggregations resolve fields per index.</summary>
internal sealed class BucketDocs(int sets)
{
    private readonly List<StoredDocument>?[] _perSet = new List<StoredDocument>?[sets];

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

    public void Add(int set, StoredDocument doc)
    {
        (_perSet[set] ??= []).Add(doc);
        Count++;
    }

    public IReadOnlyList<DocSet> ToSets(IReadOnlyList<DocSet> parents)
    {
        var result = new List<DocSet>(parents.Count);
        for (var i = 0; i < parents.Count; i++)
        {
            result.Add(parents[i].With((IReadOnlyList<StoredDocument>?)_perSet[i] ?? []));
        }

        return result;
    }
}
