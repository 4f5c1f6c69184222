using PikaMigrate.OpenSearch.Tasks;

namespace PikaMigrate.Migrations.V0_11_0.KeywordCopy;

/// <summary>How A2 runs.</summary>
public sealed record CopyToKeywordFieldsOptions
{
    /// <summary>Documents per scroll batch (the guide's 1000).</summary>
    public int ScrollSize { get; init; } = 1000;

    /// <summary>Runs of _update_by_query before giving up on documents that keep hitting version conflicts.</summary>
    public int MaxRounds { get; init; } = 5;

    /// <summary>How often the task is polled for progress.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary><c>auto</c>: one slice per primary shard (at most 20).</summary>
    public string Slices { get; init; } = "auto";

    /// <summary>Throttle (documents per second) to spare a busy domain; null for no limit.</summary>
    public double? RequestsPerSecond { get; init; }

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>How a start whose answer was lost is followed up (the task it may have begun looked for, then attached to).</summary>
    public ByQueryTaskStartOptions Start { get; init; } = new();
}
