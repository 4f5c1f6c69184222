using System.Text.Json.Serialization;

namespace PikaMigrate.Analytics;

/// <summary>
/// Why figures are missing or incomplete: the field concerned, one sentence with the figures, and the migration
/// step that mends it. A blocking warning stopped the query (the answer is Pika's error shape); the others come
/// with the figures they qualify.
/// </summary>
public sealed record AnalyticsWarning
{
    public required AnalyticsWarningKind Kind { get; init; }

    /// <summary>The index field, e.g. <c>user_type_keyword</c>.</summary>
    public required string Field { get; init; }

    public required bool Blocking { get; init; }

    public required string Message { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MigrationRemedy? Remedy { get; init; }

    /// <summary>The sessions concerned: in the request's date range for a query, in the whole index for readiness.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Sessions { get; init; }

    /// <summary>Of those, the sessions the request's filter leaves out although they match it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? LeftOut { get; init; }

    /// <summary>Of those, the sessions the filter keeps only as <c>undefined</c>, although they hold another value.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? CountedAsUndefined { get; init; }
}
