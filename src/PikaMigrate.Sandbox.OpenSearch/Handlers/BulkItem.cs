using PikaMigrate.Sandbox.OpenSearch.Documents;
using PikaMigrate.Sandbox.OpenSearch.Indices;

namespace PikaMigrate.Sandbox.OpenSearch.Handlers;

/// <summary>One parsed bulk action with its source line.</summary>
internal sealed class BulkItem(string op, string? index, string? id)
{
    public string Op { get; } = op;

    public string? Index { get; } = index;

    public string? Id { get; set; } = id;

    public ReadOnlyMemory<byte> Source { get; init; }

    public long? IfSeqNo { get; init; }

    public long? IfPrimaryTerm { get; init; }

    public long? Version { get; init; }

    public string? VersionType { get; init; }

    public int RetryOnConflict { get; init; }

    /// <summary>The ingest pipeline the item names (or the request's).</summary>
    public string? Pipeline { get; init; }

    /// <summary>The item's own <c>require_alias</c>; null follows the request's.</summary>
    public bool? RequireAlias { get; init; }

    public UpdateSpec? Update { get; init; }

    public SourceFilter? Fetch { get; init; }

    /// <summary>Parsed ahead of the commit (in parallel); null when it must be parsed under the lock.</summary>
    public ParsedDocument? Parsed { get; set; }
}
