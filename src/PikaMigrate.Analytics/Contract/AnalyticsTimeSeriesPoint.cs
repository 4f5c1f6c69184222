namespace PikaMigrate.Analytics;

/// <summary>One day, week (from its Monday) or month (from its 1st) of <c>timeSeries</c>; empty periods included.</summary>
public sealed record AnalyticsTimeSeriesPoint
{
    /// <summary>The period's first day, <c>yyyy-MM-dd</c>.</summary>
    public required string Date { get; init; }

    public long SessionCount { get; init; }

    public long UniqueUserCount { get; init; }

    public long MessageCount { get; init; }

    public long InputTokens { get; init; }

    public long OutputTokens { get; init; }

    public double InputCost { get; init; }

    public double OutputCost { get; init; }

    public double TotalCost { get; init; }
}
