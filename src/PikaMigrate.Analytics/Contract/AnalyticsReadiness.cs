namespace PikaMigrate.Analytics;

/// <summary>
/// Whether the index can answer Session Analytics: each twin's mapping, and the warnings that hold over the
/// whole index (twins not mapped as keyword, documents the migration has not reached yet).
/// </summary>
public sealed record AnalyticsReadiness
{
    public required string Index { get; init; }

    /// <summary>The sessions in the index.</summary>
    public required long Sessions { get; init; }

    public required IReadOnlyList<TwinReadiness> Fields { get; init; }

    public required IReadOnlyList<AnalyticsWarning> Warnings { get; init; }

    /// <summary>Every twin is mapped as keyword and every document holds the twins of the fields it has: no filter loses a session.</summary>
    public bool Ready => Warnings.Count == 0;
}
