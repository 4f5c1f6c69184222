using PikaMigrate.Sandbox.OpenSearch.Dates;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Units;

public sealed class DateTests
{
    private static readonly long Now = DateTimeOffset.Parse("2024-03-15T10:20:30Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds();

    private static string Iso(long millis) => DateTimeOffset.FromUnixTimeMilliseconds(millis).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2024-01-31", false, "2024-01-31T00:00:00.000")]
    [InlineData("2024-01-31", true, "2024-01-31T23:59:59.999")]
    [InlineData("2024-01", false, "2024-01-01T00:00:00.000")]

    // JavaDateFormatter's round-up parser defaults a missing month and day to 1, not to their last value.
    [InlineData("2024-01", true, "2024-01-01T23:59:59.999")]
    [InlineData("2024", true, "2024-01-01T23:59:59.999")]
    [InlineData("2024-01-31T10:15", true, "2024-01-31T10:15:59.999")]
    [InlineData("2024-01-31T10:15:00.5+02:00", false, "2024-01-31T08:15:00.500")]
    [InlineData("1700000000000", false, "2023-11-14T22:13:20.000")]
    public void Default_format_parses_and_rounds_up_missing_parts(string text, bool roundUp, string expected) =>
        Assert.Equal(expected, Iso(DateFormatter.Default.ParseMillis(text, roundUp, TimeZoneInfo.Utc)));

    [Theory]
    [InlineData("now-7d/d", false, "2024-03-08T00:00:00.000")]
    [InlineData("now-7d/d", true, "2024-03-08T23:59:59.999")]
    [InlineData("now/M", false, "2024-03-01T00:00:00.000")]
    [InlineData("2024-01-31||+1M/d", false, "2024-02-29T00:00:00.000")]
    [InlineData("now+1h", false, "2024-03-15T11:20:30.000")]
    public void Date_math(string text, bool roundUp, string expected) =>
        Assert.Equal(expected, Iso(DateMath.Parse(text, DateFormatter.Default, roundUp, TimeZoneInfo.Utc, Now)));

    [Theory]
    [InlineData("epoch_second", "1700000000", false, "2023-11-14T22:13:20.000")]
    [InlineData("epoch_second", "1700000000", true, "2023-11-14T22:13:20.999")]
    [InlineData("epoch_second", "1700000000.5", true, "2023-11-14T22:13:20.500")]
    [InlineData("epoch_millis", "1700000000000", true, "2023-11-14T22:13:20.000")]
    [InlineData("yyyy-DDD", "2024-060", false, "2024-02-29T00:00:00.000")]
    public void Named_and_pattern_formats_round_up_like_OpenSearch(string format, string text, bool roundUp, string expected) =>
        Assert.Equal(expected, Iso(DateFormatter.Of(format).ParseMillis(text, roundUp, TimeZoneInfo.Utc)));

    [Theory]
    [InlineData("e", "7")]
    [InlineData("ee", "07")]
    [InlineData("EEE e", "Sun 7")]
    [InlineData("D", "319")]
    [InlineData("yyyy-'W'ww-e", "2009-W46-7")]
    [InlineData("QQQ", "Q4")]
    [InlineData("k K", "14 2")]
    public void Pattern_letters_print_as_java_time_in_the_root_locale(string pattern, string expected) =>
        Assert.Equal(expected, DateFormatter.Of(pattern).Format(DateTimeOffset.Parse("2009-11-15T14:12:12Z", System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(), TimeZoneInfo.Utc));

    [Fact]
    public void Patterns_parse_and_print()
    {
        var format = DateFormatter.Of("yyyy/MM/dd HH:mm:ss||yyyy/MM/dd||epoch_millis");
        Assert.Equal("2015-09-02T00:00:00.000", Iso(format.ParseMillis("2015/09/02", false, TimeZoneInfo.Utc)));
        Assert.Equal("2015/09/02 13:14:15", format.Format(format.ParseMillis("2015/09/02 13:14:15", false, TimeZoneInfo.Utc), TimeZoneInfo.Utc));
        Assert.Equal("2024-08-12T00:00:00.000Z", DateFormatter.Default.Format(1723420800000, TimeZoneInfo.Utc));
        Assert.Throws<DateParseException>(() => DateFormatter.Of("yyyy-bb"));
    }
}
