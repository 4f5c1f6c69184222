namespace PikaMigrate.OpenSearch.Tasks;

/// <summary>How a task start whose answer was lost is followed up.</summary>
public sealed record ByQueryTaskStartOptions
{
    /// <summary>
    /// How long to look for the task a lost start may have begun before starting it again: long enough for a request
    /// still queued on the domain to register its task, and for a finished task's result to reach <c>.tasks</c> searches
    /// (one refresh, 1 s by default).
    /// </summary>
    public TimeSpan LookFor { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Starts sent at most, the first included, while each answer is lost and no task is found.</summary>
    public int MaxStarts { get; init; } = 4;

    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
