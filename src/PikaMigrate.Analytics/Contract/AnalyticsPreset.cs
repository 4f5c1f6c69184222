namespace PikaMigrate.Analytics;

/// <summary>The site-admin page's quick ranges; each ends today (<see cref="AnalyticsPresets.Range"/>).</summary>
public enum AnalyticsPreset
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
    All,
}
