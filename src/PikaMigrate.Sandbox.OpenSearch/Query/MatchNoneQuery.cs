namespace PikaMigrate.Sandbox.OpenSearch.Query;

/// <summary><c>match_none</c>.</summary>
internal sealed record MatchNoneQuery : IQueryNode
{
    public Query Compile(QueryContext context) => Matchers.None();
}
