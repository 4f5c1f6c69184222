using PikaMigrate.Core.Locking;

namespace PikaMigrate.Core.Ledger.JsonFile;

/// <summary>Everything a file ledger holds, serialized as one JSON document.</summary>
internal sealed class LedgerDocument
{
    public int Version { get; set; } = 1;

    /// <summary>By <c>&lt;migration&gt;/&lt;step&gt;</c>.</summary>
    public Dictionary<string, StepRecord> Steps { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Checkpoints { get; set; } = new(StringComparer.Ordinal);

    public LockHolder? Lock { get; set; }
}
