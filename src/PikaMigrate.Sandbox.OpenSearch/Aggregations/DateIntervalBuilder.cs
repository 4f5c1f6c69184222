using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Dates;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.OpenSearch.Text;

namespace PikaMigrate.Sandbox.OpenSearch.Aggregations;

/// <summary>Assembles a <see cref="DateInterval"/> from date_histogram's interval, <c>time_zone</c> and <c>offset</c> options.</summary>
internal sealed record DateIntervalBuilder(JsonNode? Calendar, JsonNode? Fixed, JsonNode? Legacy, string? TimeZone, JsonNode? Offset)
{
    public DateInterval Build()
    {
        var interval = DateInterval.Parse(Calendar, Fixed, Legacy);
        return interval.With(TimeZone is null ? TimeZoneInfo.Utc : TimeZones.Parse(TimeZone), OffsetMillis(Offset));
    }

    /// <summary>A number of milliseconds, or a time value with an optional sign (parseStringOffset); zero is fine.</summary>
    private static long OffsetMillis(JsonNode? offset)
    {
        if (offset is null)
        {
            return 0;
        }

        if (JsonRead.IsNumber(offset))
        {
            return JsonRead.TruncatedLong(offset.AsValue());
        }

        var text = JsonRead.ScalarText(offset) ?? "";
        if (text.Length == 0)
        {
            throw RequestErrors.IllegalArgument("failed to parse setting [DateHistogramAggregationBuilder.parseOffset] with value [] as a time value: unit is missing or unrecognized");
        }

        var negative = text[0] == '-';
        var span = TimeValue.Parse(text[(negative || text[0] == '+' ? 1 : 0)..], "DateHistogramAggregationBuilder.parseOffset");
        var millis = span == Timeout.InfiniteTimeSpan ? -1 : (long)span.TotalMilliseconds;
        return negative ? -millis : millis;
    }
}
