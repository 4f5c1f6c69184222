namespace PikaMigrate.Sandbox.OpenSearch.Search;

/// <summary>
/// A document's value for one sort field: text for terms, a number otherwise. Missing numbers become the sentinel
/// OpenSearch prints (Long.MAX/MIN_VALUE, ±Infinity); a missing term stays missing and sorts by <c>missing</c>.
/// </summary>
internal readonly record struct SortValue(string? Text, double Number, bool IsMissing)
{
    public static readonly SortValue MissingTerm = new(null, 0, true);
}
