namespace PikaMigrate.Analytics;

/// <summary>The figures of an entry of Pika's top lists (chat apps, entities); messages are not tracked in 0.11.</summary>
public abstract record TopListEntry
{
    public long SessionCount { get; init; }

    public long UniqueUserCount { get; init; }

    public long MessageCount { get; init; }

    public double TotalCost { get; init; }

    public long InputTokens { get; init; }

    public long OutputTokens { get; init; }
}
