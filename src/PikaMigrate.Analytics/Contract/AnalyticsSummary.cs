using System.Text.Json.Serialization;

namespace PikaMigrate.Analytics;

/// <summary>Pika's <c>summary</c>; messages are not tracked in 0.11 (always 0).</summary>
public sealed record AnalyticsSummary
{
    public static readonly AnalyticsSummary Zero = new();

    public long TotalSessions { get; init; }

    public long UniqueUsers { get; init; }

    /// <summary>Present only when an entity attribute was given.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? UniqueEntities { get; init; }

    public long TotalMessages { get; init; }

    public long TotalInputTokens { get; init; }

    public long TotalOutputTokens { get; init; }

    public double TotalInputCost { get; init; }

    public double TotalOutputCost { get; init; }

    public double TotalCost { get; init; }

    /// <summary>totalCost / totalSessions, 0 without sessions.</summary>
    public double AvgCostPerSession { get; init; }

    /// <summary>(input + output tokens) / totalSessions, 0 without sessions.</summary>
    public double AvgTokensPerSession { get; init; }
}
