namespace PikaMigrate.Sandbox.OpenSearch.Query;

/// <summary>A parsed query clause (structure checked); compiled per index because field types differ between indices.</summary>
internal interface IQueryNode
{
    Query Compile(QueryContext context);
}
