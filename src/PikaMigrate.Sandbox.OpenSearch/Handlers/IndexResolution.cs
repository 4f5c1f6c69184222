using PikaMigrate.Sandbox.OpenSearch.Engine;
using PikaMigrate.Sandbox.OpenSearch.Http;
using PikaMigrate.Sandbox.OpenSearch.Indices;

namespace PikaMigrate.Sandbox.OpenSearch.Handlers;

/// <summary>The indices options a request gives in its URL (<c>ignore_unavailable</c>, <c>allow_no_indices</c>).</summary>
internal static class IndexResolution
{
    public static IReadOnlyList<EngineIndex> Resolve(this OpenSearchEngine engine, string? expression, QueryParameters query) =>
        engine.Resolve(expression, query.Bool("ignore_unavailable", false), query.Bool("allow_no_indices", true));
}
