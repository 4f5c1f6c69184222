using PikaMigrate.Sandbox.OpenSearch.Indices;

namespace PikaMigrate.Sandbox.OpenSearch.Aggregations;

/// <summary>
/// The documents of one index a (sub-)aggregation runs over, as ascending positions in <see cref="View"/> (index
/// order); fields resolve per index, and <see cref="View"/> is everything the search sees there (for buckets of
/// documents that did not match, <c>min_doc_count: 0</c>).
/// </summary>
internal sealed record DocSet(EngineIndex Index, SearchView View, int[] Docs)
{
    /// <summary>Another set of documents of the same index and view (a bucket, a filter's matches).</summary>
    public DocSet With(int[] docs) => this with { Docs = docs };
}
