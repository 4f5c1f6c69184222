using System.Text.Json.Serialization;

namespace PikaMigrate.Analytics;

/// <summary>
/// Pika 0.11's <c>SessionAnalyticsRequest</c>, field for field (camelCase in JSON), plus <see cref="Sources"/>.
/// An absent field means what Pika's server makes of it: no user-type, chat-app or entity filter, invocation
/// modes <c>undefined</c> and <c>chat-app</c>, day buckets, 10 top apps. An absent date range is the site-admin
/// page's last 30 days. The page's own starting filters are <see cref="Defaults"/>.
/// </summary>
public sealed record SessionAnalyticsRequest
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AnalyticsDateRange? DateRange { get; init; }

    /// <summary>The entity to keep (a <c>term</c> on <c>session_attributes.&lt;EntityAttributeName&gt;</c>).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EntityId { get; init; }

    /// <summary>The session attribute that names a session's entity (Pika's default is <c>entity</c>); adds top entities.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? EntityAttributeName { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? ChatAppIds { get; init; }

    /// <summary><c>internal-user</c>, <c>external-user</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? UserTypes { get; init; }

    /// <summary><c>chat-app</c>, <c>direct-agent-invoke</c>, <c>chat-app-component</c>, and <c>undefined</c> for none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? InvocationModes { get; init; }

    /// <summary>
    /// Beyond Pika (the guide's Source filter): <c>user</c>, <c>component-as-user</c>, <c>component</c>, and
    /// <c>undefined</c> for none, on <c>source_keyword</c> the way modes work.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Sources { get; init; }

    /// <summary><c>day</c>, <c>week</c> (Monday to Sunday) or <c>month</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? GroupBy { get; init; }

    /// <summary>How many top chat apps (and entities); 1 to <see cref="AnalyticsVocabulary.MaxLimit"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Limit { get; init; }

    /// <summary>
    /// What the site-admin page asks for when it opens: the last 30 days, external users, invocation modes
    /// chat-app and undefined (user-initiated), by day, top 10.
    /// </summary>
    public static SessionAnalyticsRequest Defaults(DateOnly today) => new()
    {
        DateRange = AnalyticsDateRange.LastDays(today, AnalyticsVocabulary.DefaultDays),
        UserTypes = [AnalyticsVocabulary.ExternalUser],
        InvocationModes = [AnalyticsVocabulary.ChatApp, AnalyticsVocabulary.Undefined],
        GroupBy = AnalyticsVocabulary.Day,
        Limit = AnalyticsVocabulary.DefaultLimit,
    };
}
