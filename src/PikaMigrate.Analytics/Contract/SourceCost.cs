namespace PikaMigrate.Analytics;

/// <summary>Beyond Pika: one of <c>costBySource</c>, shaped like cost by invocation mode.</summary>
public sealed record SourceCost
{
    public required string Source { get; init; }

    public long SessionCount { get; init; }

    public double TotalCost { get; init; }

    public double InputCost { get; init; }

    public double OutputCost { get; init; }

    public long InputTokens { get; init; }

    public long OutputTokens { get; init; }

    public required string Description { get; init; }
}
