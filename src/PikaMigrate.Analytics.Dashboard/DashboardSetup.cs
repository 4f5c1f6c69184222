namespace PikaMigrate.Analytics.Dashboard;

/// <summary>What the page needs before its first query: the filter bar's values, today, the presets' ranges and the opening filters.</summary>
/// <param name="Index">The session index the figures come from.</param>
/// <param name="Today">Today in UTC (<c>yyyy-MM-dd</c>): the presets end on it.</param>
/// <param name="Defaults">The opening filters, with the entity attribute when one is given.</param>
/// <param name="Presets">Each preset's date range, by name (day, week, month, quarter, year, all).</param>
/// <param name="Values">Chat apps, entities, the data's first and last day, and the fixed lists.</param>
internal sealed record DashboardSetup(
    string Index,
    string Today,
    SessionAnalyticsRequest Defaults,
    IReadOnlyDictionary<string, AnalyticsDateRange> Presets,
    AnalyticsFilterValues Values)
{
    public static async Task<DashboardSetup> ReadAsync(SessionAnalyticsService analytics, DashboardOptions options, CancellationToken cancellationToken)
    {
        var values = await analytics.GetFilterValuesAsync(options.EntityAttributeName, cancellationToken).ConfigureAwait(false);
        var today = analytics.Today;
        return new DashboardSetup(
            analytics.Index,
            AnalyticsDateRange.Format(today),
            analytics.DefaultRequest() with { EntityAttributeName = values.EntityAttributeName },
            Enum.GetValues<AnalyticsPreset>().ToDictionary(AnalyticsPresets.Name, p => AnalyticsPresets.Range(p, today), StringComparer.Ordinal),
            values);
    }
}
