namespace PikaMigrate.Analytics;

/// <summary>The date ranges of the presets, counted back from today as Pika's page does.</summary>
public static class AnalyticsPresets
{
    /// <summary>Where <see cref="AnalyticsPreset.All"/> starts (Pika: "Start from Jan 1, 2020").</summary>
    public static readonly DateOnly AllStart = new(2020, 1, 1);

    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<AnalyticsPreset>().Select(Name)];

    public static string Name(AnalyticsPreset preset) => preset.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out AnalyticsPreset preset)
    {
        foreach (var candidate in Enum.GetValues<AnalyticsPreset>())
        {
            if (string.Equals(Name(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                preset = candidate;
                return true;
            }
        }

        preset = default;
        return false;
    }

    /// <summary>day: since yesterday; week: 7 days back; month, quarter, year: 1, 3, 12 months back; all: since 2020-01-01.</summary>
    public static AnalyticsDateRange Range(AnalyticsPreset preset, DateOnly today) => AnalyticsDateRange.Of(
        preset switch
        {
            AnalyticsPreset.Day => today.AddDays(-1),
            AnalyticsPreset.Week => today.AddDays(-7),
            AnalyticsPreset.Month => today.AddMonths(-1),
            AnalyticsPreset.Quarter => today.AddMonths(-3),
            AnalyticsPreset.Year => today.AddYears(-1),
            AnalyticsPreset.All => AllStart,
            _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, null),
        },
        today);
}
