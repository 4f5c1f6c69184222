namespace PikaMigrate.Sandbox.OpenSearch.Query;

/// <summary><c>match_all</c>: every document, score 1.0 (or the boost).</summary>
internal sealed record MatchAllQuery(double Boost) : IQueryNode
{
    public Query Compile(QueryContext context) => Matchers.All(Boost);
}
