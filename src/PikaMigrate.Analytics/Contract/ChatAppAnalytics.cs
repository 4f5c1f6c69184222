namespace PikaMigrate.Analytics;

/// <summary>One of <c>topChatApps</c>, most expensive first; the name is the id, as Pika 0.11 returns it.</summary>
public sealed record ChatAppAnalytics
{
    public required string ChatAppId { get; init; }

    public required string ChatAppName { get; init; }

    public long SessionCount { get; init; }

    public long UniqueUserCount { get; init; }

    public long MessageCount { get; init; }

    public double TotalCost { get; init; }

    public long InputTokens { get; init; }

    public long OutputTokens { get; init; }
}
