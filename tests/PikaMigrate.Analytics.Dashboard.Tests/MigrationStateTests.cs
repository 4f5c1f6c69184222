using System.Text.Json.Nodes;
using PikaMigrate.Analytics.Dashboard.Tests.Browser;
using PikaMigrate.Analytics.Dashboard.Tests.Fixtures;
using PikaMigrate.Migrations.V0_11_0.Twins;
using PikaMigrate.Testing;
using PikaMigrate.Testing.Data;

namespace PikaMigrate.Analytics.Dashboard.Tests;

/// <summary>Before and part-way through the migration the page says which step is missing and the command that runs it.</summary>
[Collection(DashboardCollection.Name)]
public sealed class MigrationStateTests(DashboardFixture fixture)
{
    [Fact]
    public async Task Before_the_migration_the_page_names_the_missing_step_and_its_command_instead_of_figures()
    {
        var index = OpenSearchEngineFixture.NewIndex("dashboard-010");
        await fixture.Engine.SeedAsync(index, GuideShape.Small);
        await using var host = await DashboardHost.StartAsync(fixture.Engine, index);
        await using var page = await DashboardPage.OpenAsync(fixture.Browser, host.Address);

        Assert.Equal("error", await page.StateAsync());
        Assert.True(await page.Page.Locator("#content").IsHiddenAsync());
        var panel = page.Page.Locator("#problem[data-problem='not-ready']");
        Assert.True(await panel.IsVisibleAsync());
        var text = await panel.TextContentAsync();
        Assert.Contains("the migration is not complete", text, StringComparison.Ordinal);
        Assert.Contains("step A1 update-session-mapping has not run", text, StringComparison.Ordinal);
        Assert.Contains("pika-migrate os update-session-mapping", await panel.Locator("code").AllTextContentsAsync());
        await page.ScreenshotAsync("dashboard-not-migrated.png");
    }

    [Fact]
    public async Task Part_way_the_figures_show_with_what_they_leave_out_and_the_step_that_mends_it()
    {
        // A1 has run (the twins are mapped), A2 and B1 have not reached any document yet.
        var index = OpenSearchEngineFixture.NewIndex("dashboard-a1");
        await fixture.Engine.SeedAsync(index, GuideShape.Small);
        await fixture.Engine.SendAsync(HttpMethod.Put, $"{index}/_mapping", new JsonObject
        {
            ["properties"] = new JsonObject(KeywordTwin.All.Select(t => KeyValuePair.Create(t.Twin, (JsonNode?)new JsonObject { ["type"] = "keyword" }))),
        });
        await using var host = await DashboardHost.StartAsync(fixture.Engine, index);
        var all = new AnalyticsDateRange("2025-07-01", "2025-10-01");
        // Every session lacks invocation_mode_keyword, so the opening modes (chat-app, undefined) count them all as undefined.
        var request = new SessionAnalyticsRequest { DateRange = all, UserTypes = [], InvocationModes = ["chat-app", "undefined"], Limit = 10 };
        await using var page = await DashboardPage.OpenAsync(fixture.Browser, host.Server.LinkTo(request));

        Assert.Equal("ready", await page.StateAsync());
        var notice = page.Page.Locator("[data-notice='figures']");
        Assert.True(await notice.IsVisibleAsync());
        var text = await notice.TextContentAsync();
        Assert.Contains("These figures are incomplete until the migration finishes", text, StringComparison.Ordinal);
        Assert.Contains("pika-migrate os copy-to-keyword-fields", await notice.Locator("code").AllTextContentsAsync());
        var expected = await host.QueryAsync(request);
        Assert.NotNull(expected.Warnings);
        Assert.Equal(expected.Warnings.Count, await notice.Locator("li").CountAsync());
        Assert.Equal(Displayed.Kpis(expected.Summary), await page.KpisAsync());
        await page.ScreenshotAsync("dashboard-part-way.png");
    }
}
