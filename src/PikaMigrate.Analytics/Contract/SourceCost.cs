namespace PikaMigrate.Analytics;

/// <summary>Beyond Pika: one of <c>costBySource</c>, shaped like cost by invocation mode.</summary>
public sealed record SourceCost : CostBreakdownEntry
{
    public required string Source { get; init; }
}
