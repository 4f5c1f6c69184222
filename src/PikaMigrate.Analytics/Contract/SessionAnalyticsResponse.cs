using System.Text.Json.Serialization;

namespace PikaMigrate.Analytics;

/// <summary>
/// Pika 0.11's <c>SessionAnalyticsResponse</c>, field for field, plus <see cref="CostBySource"/> and, when
/// something in the data would make the figures wrong, <see cref="Warnings"/>. On an error: success false, the
/// message, a zeroed summary and empty lists, as Pika answers.
/// </summary>
public sealed record SessionAnalyticsResponse
{
    public required bool Success { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Error { get; init; }

    public required AnalyticsSummary Summary { get; init; }

    public required IReadOnlyList<AnalyticsTimeSeriesPoint> TimeSeries { get; init; }

    public required IReadOnlyList<EntityAnalytics> TopEntities { get; init; }

    public required IReadOnlyList<ChatAppAnalytics> TopChatApps { get; init; }

    public required IReadOnlyList<InvocationModeCost> CostByInvocationMode { get; init; }

    /// <summary>Beyond Pika: cost by <c>source_keyword</c>, <c>_undefined</c> for sessions without a source.</summary>
    public required IReadOnlyList<SourceCost> CostBySource { get; init; }

    /// <summary>Beyond Pika: why the answer is missing or incomplete, each with its figures and the command that mends it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<AnalyticsWarning>? Warnings { get; init; }

    /// <summary>Pika's error shape.</summary>
    public static SessionAnalyticsResponse Failure(string error, IReadOnlyList<AnalyticsWarning>? warnings = null) => new()
    {
        Success = false,
        Error = error,
        Summary = AnalyticsSummary.Zero,
        TimeSeries = [],
        TopEntities = [],
        TopChatApps = [],
        CostByInvocationMode = [],
        CostBySource = [],
        Warnings = warnings is { Count: > 0 } ? warnings : null,
    };
}
