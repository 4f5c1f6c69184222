using System.Globalization;

namespace PikaMigrate.Migrations.V0_11_0;

/// <summary>When a session was created, as Pika records it in both stores: <c>create_date</c>, ISO-8601.</summary>
internal static class SessionCreation
{
    public const string Field = "create_date";

    /// <summary>The creation time, or null when the value is missing or not a date.</summary>
    public static DateTimeOffset? Parse(string? createDate) =>
        DateTimeOffset.TryParse(createDate, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var created) ? created : null;

    /// <summary>True unless the session is dated at or after <paramref name="cutoff"/>: an undated one counts as older.</summary>
    public static bool IsBefore(string? createDate, DateTimeOffset cutoff) => Parse(createDate) is not { } created || created < cutoff;
}
