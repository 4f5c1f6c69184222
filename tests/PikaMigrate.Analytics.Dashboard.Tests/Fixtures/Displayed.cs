using System.Globalization;

namespace PikaMigrate.Analytics.Dashboard.Tests.Fixtures;

/// <summary>
/// How a figure must read on the page, written out here independently of the page's JavaScript: counts with
/// thousands separators, dollars with cents (four decimals below a dollar).
/// </summary>
internal static class Displayed
{
    // The invariant culture groups and separates as the page's en-US number formats do.
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static string Count(double value) => value.ToString("N0", English);

    public static string Money(double value) => "$" + value.ToString(value != 0 && Math.Abs(value) < 1 ? "N4" : "N2", English);

    /// <summary>The KPI cards' values by card, as Pika 0.11's "Key Metrics" shows them.</summary>
    public static IReadOnlyDictionary<string, string> Kpis(AnalyticsSummary summary)
    {
        var tokens = summary.TotalInputTokens + summary.TotalOutputTokens;
        var cards = new Dictionary<string, string>
        {
            ["sessions"] = Count(summary.TotalSessions),
            ["users"] = Count(summary.UniqueUsers),
            ["messages"] = "Not yet tracked",
            ["cost"] = Money(summary.TotalCost),
            ["avg-cost"] = Money(summary.AvgCostPerSession),
            ["input-tokens"] = Count(summary.TotalInputTokens),
            ["output-tokens"] = Count(summary.TotalOutputTokens),
            ["avg-tokens"] = Count(summary.AvgTokensPerSession),
            ["cost-per-million"] = tokens > 0 ? Money(summary.TotalCost / tokens * 1_000_000) : "—",
        };
        if (summary.UniqueEntities is { } entities)
        {
            cards["entities"] = Count(entities);
        }

        return cards;
    }
}
