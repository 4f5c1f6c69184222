namespace PikaMigrate.Analytics;

/// <summary>The figures of a cost breakdown's bucket (by invocation mode, by source), with its label.</summary>
public abstract record CostBreakdownEntry
{
    public long SessionCount { get; init; }

    public double TotalCost { get; init; }

    public double InputCost { get; init; }

    public double OutputCost { get; init; }

    public long InputTokens { get; init; }

    public long OutputTokens { get; init; }

    public required string Description { get; init; }
}
