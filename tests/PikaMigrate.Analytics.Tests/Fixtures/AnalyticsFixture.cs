using PikaMigrate.Testing;

namespace PikaMigrate.Analytics.Tests.Fixtures;

/// <summary>One engine for the assembly, and one fully migrated index the figure tests share (they only read it).</summary>
public sealed class AnalyticsFixture : IAsyncLifetime
{
    public OpenSearchEngineFixture Engine { get; } = new();

    internal AnalyticsIndex Migrated { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Engine.InitializeAsync();
        Migrated = await AnalyticsIndex.SeedAsync(Engine, "analytics-migrated");
        await Migrated.MigrateAsync();
    }

    public Task DisposeAsync() => Engine.DisposeAsync();
}
