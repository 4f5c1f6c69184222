namespace PikaMigrate.Analytics;

/// <summary>One of <c>topEntities</c>, most expensive first; the name is the id, as Pika 0.11 returns it.</summary>
public sealed record EntityAnalytics
{
    public required string EntityId { get; init; }

    public required string EntityName { get; init; }

    public long SessionCount { get; init; }

    public long UniqueUserCount { get; init; }

    public long MessageCount { get; init; }

    public double TotalCost { get; init; }

    public long InputTokens { get; init; }

    public long OutputTokens { get; init; }
}
