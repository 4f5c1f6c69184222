using Microsoft.Playwright;
using PikaMigrate.Analytics.Dashboard.Tests.Browser;
using PikaMigrate.Sandbox.Dataset;
using PikaMigrate.Testing;
using PikaMigrate.Testing.OpenSearch;

namespace PikaMigrate.Analytics.Dashboard.Tests.Fixtures;

/// <summary>
/// What the browser tests share: one engine holding the guide's dataset (15,234 sessions over 90 days) as the
/// migration leaves it, the dashboard over it with the entity attribute on (so every card and chart shows), and
/// one Chromium. A browser or server that cannot start fails every test here.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    public static readonly DatasetOptions GuideData = new() { EndDate = DashboardHost.DataEnd };

    private IPlaywright? _playwright;

    public OpenSearchEngineFixture Engine { get; } = new();

    internal DashboardHost Host { get; private set; } = null!;

    internal IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Engine.InitializeAsync();
        var index = OpenSearchEngineFixture.NewIndex("dashboard");
        await Engine.SeedMigratedAsync(index, new PikaDataset(GuideData));
        Host = await DashboardHost.StartAsync(Engine, index, PikaDataset.EntityAttribute);
        _playwright = await Playwright.CreateAsync();
        Browser = await Chromium.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        await Engine.DisposeAsync();
    }

    /// <summary>The page's opening request: the site-admin defaults for today, with the entity attribute.</summary>
    internal static SessionAnalyticsRequest Defaults => SessionAnalyticsRequest.Defaults(DashboardHost.Today) with { EntityAttributeName = PikaDataset.EntityAttribute };
}

[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard in chromium";
}
