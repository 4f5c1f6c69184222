namespace PikaMigrate.Analytics;

/// <summary>One of <c>topEntities</c>, most expensive first; the name is the id, as Pika 0.11 returns it.</summary>
public sealed record EntityAnalytics : TopListEntry
{
    public required string EntityId { get; init; }

    public required string EntityName { get; init; }
}
