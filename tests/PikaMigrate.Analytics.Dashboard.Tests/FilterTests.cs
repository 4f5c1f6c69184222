using System.Text.Json;
using PikaMigrate.Analytics.Dashboard.Tests.Browser;
using PikaMigrate.Analytics.Dashboard.Tests.Fixtures;

namespace PikaMigrate.Analytics.Dashboard.Tests;

/// <summary>
/// Each control of the filter bar, used as a person would from the opening view: the page redraws in place (no
/// reload), its cards and trend equal what the API answers for the same filters, and the address holds them.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class FilterTests(DashboardFixture fixture)
{
    public static TheoryData<string> Filters =>
    [
        "user-type", "mode", "mode-undefined", "source", "app", "entity", "preset", "dates", "group-by",
    ];

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Each_filter_redraws_in_place_with_the_APIs_figures_for_it(string filter)
    {
        var setup = await fixture.Host.SetupAsync();
        var defaults = DashboardFixture.Defaults;
        var opened = await fixture.Host.QueryAsync(defaults);
        await using var page = await DashboardPage.OpenAsync(fixture.Browser, fixture.Host.Address);
        var (change, request, inAddress) = Filter(filter, page, setup, defaults, opened);
        var opening = await page.KpisAsync();
        var openingPeriods = (await page.ChartsAsync()).Single(c => c.Id == "chart-trend").Labels.Count;
        await page.Page.EvaluateAsync("window.sameDocument = true");

        await page.RedrawAfterAsync(change);

        var expected = await fixture.Host.QueryAsync(request);
        var kpis = await page.KpisAsync();
        var trend = (await page.ChartsAsync()).Single(c => c.Id == "chart-trend");
        Assert.Equal("ready", await page.StateAsync());
        Assert.Equal(Displayed.Kpis(expected.Summary), kpis);
        Assert.Equal(expected.TimeSeries.Select(p => (double)p.SessionCount), trend.Values);
        if (filter == "group-by")
        {
            Assert.NotEqual(openingPeriods, trend.Labels.Count);
        }
        else
        {
            Assert.NotEqual(opening, kpis);
        }

        Assert.Contains(inAddress, await page.QueryAsync(), StringComparison.Ordinal);
        Assert.True(await page.Page.EvaluateAsync<bool>("window.sameDocument === true"), "the page reloaded");
        Assert.Empty(page.Problems);
        await page.ScreenshotAsync($"filter-{filter}.png");
    }

    /// <summary>What a person does for a filter, the request that means, and what the address then holds.</summary>
    private static (Func<Task> Change, SessionAnalyticsRequest Request, string InAddress) Filter(
        string filter, DashboardPage page, JsonElement setup, SessionAnalyticsRequest defaults, SessionAnalyticsResponse opened)
    {
        var values = setup.GetProperty("values");
        switch (filter)
        {
            case "user-type":
                return (() => page.ClickAsync("#user-types button[data-value=\"internal-user\"]"),
                    defaults with { UserTypes = ["external-user", "internal-user"] }, "user-type=external-user,internal-user&");
            case "mode":
                return (() => page.PickAsync("#modes", "direct-agent-invoke"),
                    defaults with { InvocationModes = ["chat-app", "undefined", "direct-agent-invoke"] }, "mode=chat-app,undefined,direct-agent-invoke&");
            case "mode-undefined":
                return (() => page.PickAsync("#modes", "undefined", check: false), defaults with { InvocationModes = ["chat-app"] }, "mode=chat-app&");
            case "source":
                return (() => page.PickAsync("#sources", "component"), defaults with { Sources = ["component"] }, "source=component&");
            case "app":
                var app = values.GetProperty("chatApps")[0].GetProperty("value").GetString()!;
                return (() => page.PickAsync("#apps", app), defaults with { ChatAppIds = [app] }, $"app={app}&");
            case "entity":
                // The most expensive entity of the opening view: one the opening filters keep sessions of.
                var entity = opened.TopEntities[0].EntityId;
                Assert.Contains(values.GetProperty("entities").EnumerateArray(), e => e.GetProperty("value").GetString() == entity);
                return (() => page.PickAsync("#entities", entity), defaults with { EntityId = entity }, $"entity={entity}&");
            case "preset":
                var quarter = AnalyticsPresets.Range(AnalyticsPreset.Quarter, DashboardHost.Today);
                return (() => page.ClickAsync("#presets button[data-value=\"quarter\"]"), defaults with { DateRange = quarter }, $"from={quarter.Start}&to={quarter.End}&");
            case "dates":
                return (() => page.SetDateAsync("#date-from", "2025-09-15"),
                    defaults with { DateRange = new AnalyticsDateRange("2025-09-15", "2025-10-01") }, "from=2025-09-15&to=2025-10-01&");
            case "group-by":
                return (() => page.ClickAsync("#group-by button[data-value=\"week\"]"), defaults with { GroupBy = "week" }, "group-by=week&");
            default:
                throw new ArgumentOutOfRangeException(nameof(filter), filter, null);
        }
    }
}
