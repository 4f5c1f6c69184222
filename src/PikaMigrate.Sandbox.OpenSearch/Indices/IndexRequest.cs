namespace PikaMigrate.Sandbox.OpenSearch.Indices;

/// <summary>An index/create operation with its concurrency controls.</summary>
internal sealed record IndexRequest(string Id, ReadOnlyMemory<byte> Source)
{
    /// <summary><c>op_type=create</c> / <c>_create</c>: fail if the document exists.</summary>
    public bool Create { get; init; }

    public long? IfSeqNo { get; init; }

    public long? IfPrimaryTerm { get; init; }

    /// <summary><c>version_type=external</c>/<c>external_gte</c> with this version.</summary>
    public long? ExternalVersion { get; init; }

    public bool ExternalGte { get; init; }
}
