using PikaMigrate.Sandbox.OpenSearch.Documents;

namespace PikaMigrate.Sandbox.OpenSearch.Query;

/// <summary>The small leaf queries: everything, nothing, a predicate on one document, and a constant-score wrapper.</summary>
internal static class Matchers
{
    public static Query All(double boost = 1.0) => new Predicate(_ => true, boost);

    public static Query None() => new Predicate(_ => false, 0);

    public static Query Where(Func<StoredDocument, bool> predicate, double boost = 1.0) => new Predicate(predicate, boost);

    public static Query ConstantScore(Query inner, double boost) => new Predicate(inner.Matches, boost);

    private sealed class Predicate(Func<StoredDocument, bool> predicate, double score) : Query
    {
        public override bool Matches(StoredDocument doc) => predicate(doc);

        public override double Score(StoredDocument doc) => score;
    }
}
