using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Dates;

namespace PikaMigrate.Sandbox.OpenSearch.Aggregations;

/// <summary>Assembles a <see cref="DateInterval"/> from date_histogram's interval, <c>time_zone</c> and <c>offset</c> options.</summary>
internal sealed record DateIntervalBuilder(JsonNode? Calendar, JsonNode? Fixed, JsonNode? Legacy, string? TimeZone, string? Offset)
{
    public DateInterval Build()
    {
        var interval = DateInterval.Parse(Calendar, Fixed, Legacy);
        var offset = 0L;
        if (Offset is { Length: > 0 } text)
        {
            var negative = text.StartsWith('-');
            var magnitude = DateInterval.Fixed(text.TrimStart('+', '-'), "date_histogram.offset");
            offset = negative ? -magnitude : magnitude;
        }

        return interval.With(TimeZone is null ? TimeZoneInfo.Utc : TimeZones.Parse(TimeZone), offset);
    }
}
