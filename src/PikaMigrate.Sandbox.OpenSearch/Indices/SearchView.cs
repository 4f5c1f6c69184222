using System.Collections.Concurrent;
using PikaMigrate.Sandbox.OpenSearch.Columns;
using PikaMigrate.Sandbox.OpenSearch.Documents;

namespace PikaMigrate.Sandbox.OpenSearch.Indices;

/// <summary>
/// What searches see: the live documents as of one refresh, in index order. Immutable and shared; writes after the
/// refresh are not in it (near-real-time search), a real-time get reads the index instead. A document's position
/// here is its doc id for the queries and aggregations over this view, which read fields as columns built on first
/// use (a refresh itself only copies the documents, so writes stay cheap).
/// </summary>
internal sealed class SearchView(StoredDocument[] documents)
{
    public static readonly SearchView Empty = new([]);

    private readonly ConcurrentDictionary<int, Lazy<FieldColumn>> _columns = new();
    private Dictionary<string, int>? _positions;

    public StoredDocument[] Documents { get; } = documents;

    public int Count => Documents.Length;

    /// <summary>A document of this view by id (a non-real-time get).</summary>
    public StoredDocument? Find(string id) => PositionOf(id) is { } position ? Documents[position] : null;

    /// <summary>Where a document is in this view; the lookup is built on first use.</summary>
    public int? PositionOf(string id)
    {
        var positions = _positions ??= Documents.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return positions.TryGetValue(id, out var position) ? position : null;
    }

    /// <summary>A field's values across this view's documents, gathered on first use.</summary>
    public FieldColumn Column(int fieldId) =>
        _columns.GetOrAdd(fieldId, static (id, documents) => new Lazy<FieldColumn>(() => FieldColumn.Build(documents, id)), Documents).Value;
}
