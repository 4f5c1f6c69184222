using System.Globalization;

namespace PikaMigrate.Analytics;

/// <summary>Pika's <c>dateRange</c>: two <c>yyyy-MM-dd</c> days in UTC, both included.</summary>
public sealed record AnalyticsDateRange(string Start, string End)
{
    public const string DayFormat = "yyyy-MM-dd";

    public static AnalyticsDateRange Of(DateOnly start, DateOnly end) => new(Format(start), Format(end));

    /// <summary>From <paramref name="days"/> days before <paramref name="today"/> to today, as the site-admin page counts.</summary>
    public static AnalyticsDateRange LastDays(DateOnly today, int days) => Of(today.AddDays(-days), today);

    public static string Format(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);
}
