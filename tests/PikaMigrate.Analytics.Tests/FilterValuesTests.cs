using PikaMigrate.Analytics.Tests.Fixtures;

namespace PikaMigrate.Analytics.Tests;

[Collection(AnalyticsCollection.Name)]
public sealed class FilterValuesTests(AnalyticsFixture fixture)
{
    [Fact]
    public async Task The_filter_bar_gets_every_chat_app_and_entity_with_counts_and_the_datas_first_and_last_day()
    {
        var index = fixture.Migrated;
        var service = index.Service(out var client);
        using (client)
        {
            var values = await service.GetFilterValuesAsync("entity", default);

            Assert.Equal(
                index.Sessions.GroupBy(s => s.ChatAppId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new FilterValueCount(g.Key, g.Count())),
                values.ChatApps);
            Assert.Equal(
                index.Sessions.GroupBy(s => s.Entity).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new FilterValueCount(g.Key, g.Count())),
                values.Entities!);
            Assert.Equal(index.Sessions.Min(s => s.Created).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), values.FirstDate);
            Assert.Equal("2025-09-30", values.LastDate);
            Assert.Equal(["chat-app", "undefined", "direct-agent-invoke", "chat-app-component"], values.InvocationModes.Select(m => m.Value));
            Assert.Equal(["user", "component-as-user", "component", "undefined"], values.Sources.Select(m => m.Value));
        }
    }

    [Fact]
    public async Task An_empty_index_has_no_dates()
    {
        var index = await AnalyticsIndex.SeedAsync(fixture.Engine, "an-empty", AnalyticsIndex.Shape with { Sessions = 0 });
        var service = index.Service(out var client);
        using (client)
        {
            var values = await service.GetFilterValuesAsync(null, default);

            Assert.Null(values.FirstDate);
            Assert.Null(values.LastDate);
            Assert.Empty(values.ChatApps);
            Assert.Null(values.Entities);
        }
    }
}
