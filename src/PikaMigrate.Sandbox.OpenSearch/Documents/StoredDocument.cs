using PikaMigrate.Sandbox.OpenSearch.Mapping;

namespace PikaMigrate.Sandbox.OpenSearch.Documents;

/// <summary>
/// One live document version: immutable, so searches, scroll snapshots and the persistence snapshot share it
/// without copying. A write replaces it with a new instance.
/// </summary>
internal sealed class StoredDocument
{
    public required string Id { get; init; }

    /// <summary>The <c>_source</c> bytes exactly as indexed.</summary>
    public required byte[] Source { get; init; }

    public required long SeqNo { get; init; }

    public required long Version { get; init; }

    public required long PrimaryTerm { get; init; }

    /// <summary>Creation order in the index (the "index order" ties fall back to).</summary>
    public required long Ordinal { get; init; }

    public required IndexedFields Fields { get; init; }

    /// <summary>The mapping version the document was indexed with.</summary>
    public required IndexMapping Mapping { get; init; }
}
