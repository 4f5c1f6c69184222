using System.Text.Json.Serialization;

namespace PikaMigrate.Analytics;

/// <summary>
/// What the filter bar offers: the chat apps and (with an entity attribute) the entities found in the index,
/// the days of its first and last session, and the fixed lists of user types, invocation modes and sources.
/// </summary>
public sealed record AnalyticsFilterValues
{
    /// <summary>The first day holding a session (<c>yyyy-MM-dd</c>, UTC); null when the index is empty.</summary>
    public required string? FirstDate { get; init; }

    public required string? LastDate { get; init; }

    /// <summary>By id, with their session counts (over the whole index).</summary>
    public required IReadOnlyList<FilterValueCount> ChatApps { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EntityAttributeName { get; init; }

    /// <summary>Present when an entity attribute was asked for.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<FilterValueCount>? Entities { get; init; }

    public IReadOnlyList<FilterOption> UserTypes { get; init; } = AnalyticsVocabulary.UserTypes;

    public IReadOnlyList<FilterOption> InvocationModes { get; init; } = AnalyticsVocabulary.InvocationModes;

    public IReadOnlyList<FilterOption> Sources { get; init; } = AnalyticsVocabulary.Sources;

    public IReadOnlyList<string> GroupBys { get; init; } = AnalyticsVocabulary.GroupBys;

    public IReadOnlyList<string> Presets { get; init; } = AnalyticsPresets.Names;
}
