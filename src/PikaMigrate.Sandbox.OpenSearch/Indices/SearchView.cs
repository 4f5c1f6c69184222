using PikaMigrate.Sandbox.OpenSearch.Documents;

namespace PikaMigrate.Sandbox.OpenSearch.Indices;

/// <summary>
/// What searches see: the live documents as of one refresh, in index order. Immutable and shared; writes after the
/// refresh are not in it (near-real-time search), a real-time get reads the index instead.
/// </summary>
internal sealed class SearchView(StoredDocument[] documents)
{
    public static readonly SearchView Empty = new([]);

    private Dictionary<string, StoredDocument>? _byId;

    public StoredDocument[] Documents { get; } = documents;

    /// <summary>A document of this view by id (a non-real-time get); the lookup is built on first use.</summary>
    public StoredDocument? Find(string id)
    {
        var byId = _byId ??= Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        return byId.GetValueOrDefault(id);
    }
}
