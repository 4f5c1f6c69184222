using PikaMigrate.Sandbox.OpenSearch.Columns;
using PikaMigrate.Sandbox.OpenSearch.Documents;
using PikaMigrate.Sandbox.OpenSearch.Indices;

namespace PikaMigrate.Sandbox.OpenSearch.Query;

/// <summary>
/// A query compiled against one index's mapping: a predicate over documents' indexed values, and a score.
/// Scores follow the contract only (match_all 1.0, filters 0.0, constant_score its boost); no BM25.
/// </summary>
internal abstract class Query
{
    public abstract bool Matches(StoredDocument doc);

    /// <summary>Called for matching documents only.</summary>
    public virtual double Score(StoredDocument doc) => 1.0;

    /// <summary>
    /// Every document of a view that <see cref="Matches"/>, found at once: queries on a field read the view's
    /// column of it, and bool combines its clauses' sets, instead of testing each document in turn.
    /// </summary>
    public virtual DocIdSet Select(SearchView view)
    {
        var documents = view.Documents;
        return DocIdSet.Where(documents.Length, doc => Matches(documents[doc]));
    }
}
