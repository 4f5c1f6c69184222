namespace PikaMigrate.Analytics;

/// <summary>One of <c>topChatApps</c>, most expensive first; the name is the id, as Pika 0.11 returns it.</summary>
public sealed record ChatAppAnalytics : TopListEntry
{
    public required string ChatAppId { get; init; }

    public required string ChatAppName { get; init; }
}
