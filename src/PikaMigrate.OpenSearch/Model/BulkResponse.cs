namespace PikaMigrate.OpenSearch.Model;

/// <summary>A <c>_bulk</c> response: items in request order, each keyed by its operation.</summary>
public sealed record BulkResponse(bool Errors, IReadOnlyList<IReadOnlyDictionary<string, BulkItemResult>> Items)
{
    /// <summary>Each item's result whatever its operation.</summary>
    public IEnumerable<BulkItemResult> Results => Items.Select(item => item.Values.First());
}
