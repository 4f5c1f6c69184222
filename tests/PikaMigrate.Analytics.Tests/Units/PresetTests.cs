namespace PikaMigrate.Analytics.Tests.Units;

public sealed class PresetTests
{
    [Theory]
    [InlineData("day", "2025-03-30")]
    [InlineData("week", "2025-03-24")]
    [InlineData("month", "2025-02-28")]
    [InlineData("quarter", "2024-12-31")]
    [InlineData("year", "2024-03-31")]
    [InlineData("all", "2020-01-01")]
    public void Each_preset_ends_today_and_starts_where_the_page_counts_back_to(string name, string start)
    {
        Assert.True(AnalyticsPresets.TryParse(name, out var preset));

        Assert.Equal(new AnalyticsDateRange(start, "2025-03-31"), AnalyticsPresets.Range(preset, new DateOnly(2025, 3, 31)));
    }

    [Fact]
    public void Unknown_presets_are_not_parsed() => Assert.False(AnalyticsPresets.TryParse("fortnight", out _));
}
