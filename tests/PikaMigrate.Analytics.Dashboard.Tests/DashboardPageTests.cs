using PikaMigrate.Analytics.Dashboard.Tests.Browser;
using PikaMigrate.Analytics.Dashboard.Tests.Fixtures;
using PikaMigrate.Sandbox.Dataset;
using PikaMigrate.Testing;
using PikaMigrate.Testing.Data;
using PikaMigrate.Testing.OpenSearch;

namespace PikaMigrate.Analytics.Dashboard.Tests;

/// <summary>The page as a person meets it: opened, clicked, linked, walked back and forward, and with nothing to show.</summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardPageTests(DashboardFixture fixture)
{
    [Fact]
    public async Task Opens_with_the_site_admin_defaults_every_chart_drawn_and_the_cards_showing_the_APIs_figures()
    {
        await using var page = await DashboardPage.OpenAsync(fixture.Browser, fixture.Host.Address);
        var expected = await fixture.Host.QueryAsync(DashboardFixture.Defaults);

        Assert.Equal("ready", await page.StateAsync());
        Assert.Equal(Displayed.Kpis(expected.Summary), await page.KpisAsync());
        var charts = (await page.ChartsAsync()).ToDictionary(c => c.Id);
        Assert.Equal(DashboardPage.ChartIds, charts.Keys);
        foreach (var chart in charts.Values)
        {
            Assert.True(chart.Labels.Count > 0, $"{chart.Id} has no labels");
            Assert.True(chart.Sums.Count > 0 && chart.Sums.All(sum => sum > 0), $"{chart.Id} has a dataset without data: {string.Join(", ", chart.Sums)}");
            Assert.True(chart.PaintedShare > 0.02, $"{chart.Id} painted {chart.PaintedShare:P1} of its canvas");
        }

        Assert.Equal(expected.TimeSeries.Select(p => (double)p.SessionCount), charts["chart-trend"].Values);
        Assert.Equal(expected.TopChatApps.Select(a => a.ChatAppId), charts["chart-apps"].Labels);
        Assert.Equal(expected.TopEntities.Select(e => e.EntityId), charts["chart-entities"].Labels);

        // The address holds the filters; every file came from the dashboard itself (chart.js included): no CDN.
        var query = await page.QueryAsync();
        Assert.Contains("from=2025-09-01&to=2025-10-01&user-type=external-user&mode=chat-app,undefined", query, StringComparison.Ordinal);
        Assert.All(page.Requested, url => Assert.StartsWith(fixture.Host.Address.AbsoluteUri, url, StringComparison.Ordinal));
        Assert.Contains(page.Requested, url => url.EndsWith("/assets/chart.umd.min.js", StringComparison.Ordinal));
        Assert.Empty(page.Problems);
        await page.ScreenshotAsync("dashboard-default.png");
    }

    [Fact]
    public async Task Clicking_a_chat_app_bar_adds_that_app_to_the_filter()
    {
        await using var page = await DashboardPage.OpenAsync(fixture.Browser, fixture.Host.Address);

        var app = string.Empty;
        await page.RedrawAfterAsync(async () => app = await page.ClickBarAsync("chart-apps", 1));

        var expected = await fixture.Host.QueryAsync(DashboardFixture.Defaults with { ChatAppIds = [app] });
        Assert.Equal(Displayed.Kpis(expected.Summary), await page.KpisAsync());
        Assert.Equal([app], (await page.ChartsAsync()).Single(c => c.Id == "chart-apps").Labels);
        Assert.Contains($"app={app}&", await page.QueryAsync(), StringComparison.Ordinal);
        Assert.Equal(app, await page.Page.Locator("#apps .summary-value").TextContentAsync());
        Assert.Empty(page.Problems);
        await page.ScreenshotAsync("dashboard-app-bar-clicked.png");
    }

    [Fact]
    public async Task A_link_with_filters_opens_the_same_view()
    {
        var request = DashboardFixture.Defaults with
        {
            DateRange = new AnalyticsDateRange("2025-08-04", "2025-09-28"),
            UserTypes = ["external-user", "internal-user"],
            InvocationModes = ["chat-app", "chat-app-component"],
            Sources = ["user", "component"],
            GroupBy = "week",
        };
        var link = fixture.Host.Server.LinkTo(request);

        await using var page = await DashboardPage.OpenAsync(fixture.Browser, link);

        var expected = await fixture.Host.QueryAsync(request);
        Assert.Equal(Displayed.Kpis(expected.Summary), await page.KpisAsync());
        Assert.Equal(expected.TimeSeries.Select(p => (double)p.SessionCount), (await page.ChartsAsync()).Single(c => c.Id == "chart-trend").Values);
        Assert.Equal("2025-08-04", await page.Page.Locator("#date-from").InputValueAsync());
        Assert.Equal("2025-09-28", await page.Page.Locator("#date-to").InputValueAsync());
        Assert.Equal(["external-user", "internal-user"], await page.PressedAsync("#user-types"));
        Assert.Equal(["week"], await page.PressedAsync("#group-by"));
        Assert.Equal("Chat app, Widget", await page.Page.Locator("#modes .summary-value").TextContentAsync());
        Assert.Equal("User, Component", await page.Page.Locator("#sources .summary-value").TextContentAsync());
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task Back_and_forward_walk_through_the_filter_changes()
    {
        await using var page = await DashboardPage.OpenAsync(fixture.Browser, fixture.Host.Address);
        var opening = await page.KpisAsync();
        await page.RedrawAfterAsync(() => page.ClickAsync("#user-types button[data-value=\"internal-user\"]"));
        var bothTypes = await page.KpisAsync();
        await page.RedrawAfterAsync(() => page.ClickAsync("#group-by button[data-value=\"month\"]"));

        await page.RedrawAfterAsync(() => page.Page.GoBackAsync());
        Assert.Equal(["day"], await page.PressedAsync("#group-by"));
        Assert.Equal(["external-user", "internal-user"], await page.PressedAsync("#user-types"));
        Assert.Equal(bothTypes, await page.KpisAsync());

        await page.RedrawAfterAsync(() => page.Page.GoBackAsync());
        Assert.Equal(["external-user"], await page.PressedAsync("#user-types"));
        Assert.Equal(opening, await page.KpisAsync());
        Assert.Equal(Displayed.Kpis((await fixture.Host.QueryAsync(DashboardFixture.Defaults)).Summary), opening);

        await page.RedrawAfterAsync(() => page.Page.GoForwardAsync());
        Assert.Equal(["external-user", "internal-user"], await page.PressedAsync("#user-types"));
        Assert.Equal(Displayed.Kpis((await fixture.Host.QueryAsync(DashboardFixture.Defaults with { UserTypes = ["external-user", "internal-user"] })).Summary), await page.KpisAsync());
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task A_range_without_sessions_shows_the_empty_state_and_a_way_out()
    {
        var link = fixture.Host.Server.LinkTo(DashboardFixture.Defaults with { DateRange = new AnalyticsDateRange("2021-03-01", "2021-03-31") });
        await using var page = await DashboardPage.OpenAsync(fixture.Browser, link);

        Assert.Equal("empty", await page.StateAsync());
        Assert.True(await page.Page.Locator("#content").IsHiddenAsync());
        var panel = page.Page.Locator("#problem");
        Assert.True(await panel.IsVisibleAsync());
        Assert.Contains("No session matches these filters between Mar 1, 2021 and Mar 31, 2021", await panel.TextContentAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync("dashboard-empty.png");

        await page.RedrawAfterAsync(() => page.ClickAsync("#problem button:has-text('Show all dates')"));
        Assert.Equal("ready", await page.StateAsync());
        var expected = await fixture.Host.QueryAsync(DashboardFixture.Defaults with { DateRange = AnalyticsPresets.Range(AnalyticsPreset.All, DashboardHost.Today) });
        Assert.Equal(Displayed.Kpis(expected.Summary), await page.KpisAsync());
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task A_request_the_query_refuses_shows_its_message_naming_the_field_instead_of_charts()
    {
        var link = new Uri(fixture.Host.Address, "/?from=2025-09-10&to=2025-09-01");
        await using var page = await DashboardPage.OpenAsync(fixture.Browser, link);

        Assert.Equal("error", await page.StateAsync());
        Assert.True(await page.Page.Locator("#content").IsHiddenAsync());
        var text = await page.Page.Locator("#problem").TextContentAsync();
        Assert.Contains("These filters cannot be queried", text, StringComparison.Ordinal);
        Assert.Contains("dateRange: it starts on 2025-09-10, after it ends (2025-09-01)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_OpenSearch_cannot_answer_the_page_says_why_instead_of_drawing()
    {
        var index = OpenSearchEngineFixture.NewIndex("dashboard-gone");
        await fixture.Engine.SeedMigratedAsync(index, new PikaDataset(GuideShape.Small));
        await using var host = await DashboardHost.StartAsync(fixture.Engine, index);
        await using var page = await DashboardPage.OpenAsync(fixture.Browser, host.Address);
        Assert.Equal("ready", await page.StateAsync());

        await fixture.Engine.SendAsync(HttpMethod.Delete, index);
        await page.RedrawAfterAsync(() => page.ClickAsync("#refresh"));

        Assert.Equal("error", await page.StateAsync());
        Assert.True(await page.Page.Locator("#content").IsHiddenAsync());
        var text = await page.Page.Locator("#problem").TextContentAsync();
        Assert.Contains("OpenSearch could not answer", text, StringComparison.Ordinal);
        Assert.Contains($"The OpenSearch index '{index}' does not exist", text, StringComparison.Ordinal);
        await page.ScreenshotAsync("dashboard-opensearch-failed.png");
    }
}
