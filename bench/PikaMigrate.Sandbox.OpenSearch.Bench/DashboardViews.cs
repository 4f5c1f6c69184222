using PikaMigrate.Analytics;

namespace PikaMigrate.Sandbox.OpenSearch.Bench;

/// <summary>
/// The views the dashboard's browser test asks the server for: the page's opening filters, then each filter
/// change on its own (user type, mode, source, app, presets, group-by), and the entity breakdown the guide's page shows.
/// </summary>
internal static class DashboardViews
{
    public static IReadOnlyList<(string Name, SessionAnalyticsRequest Request)> For(DateOnly today, string app)
    {
        var opening = SessionAnalyticsRequest.Defaults(today);
        return
        [
            ("opening (30 days, external, chat-app+undefined, day)", opening),
            ("user types: + internal-user", opening with { UserTypes = ["external-user", "internal-user"] }),
            ("user types: internal-user only", opening with { UserTypes = ["internal-user"] }),
            ("modes: + direct-agent-invoke", opening with { InvocationModes = ["chat-app", "undefined", "direct-agent-invoke"] }),
            ("modes: + chat-app-component", opening with { InvocationModes = ["chat-app", "undefined", "chat-app-component"] }),
            ("sources: component", opening with { Sources = ["component"] }),
            ("sources: component, user", opening with { Sources = ["component", "user"] }),
            ($"app: {app}", opening with { ChatAppIds = [app] }),
            ("preset quarter", opening with { DateRange = AnalyticsPresets.Range(AnalyticsPreset.Quarter, today) }),
            ("preset year", opening with { DateRange = AnalyticsPresets.Range(AnalyticsPreset.Year, today) }),
            ("preset all", opening with { DateRange = AnalyticsPresets.Range(AnalyticsPreset.All, today) }),
            ("group by week", opening with { GroupBy = "week" }),
            ("group by month", opening with { GroupBy = "month" }),
            ("entity attribute (top entities)", opening with { EntityAttributeName = "entity" }),
        ];
    }
}
