using PikaMigrate.Sandbox.OpenSearch.Documents;

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
}
