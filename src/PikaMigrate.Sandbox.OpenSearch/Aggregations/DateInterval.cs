using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Dates;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Json;
using PikaMigrate.Sandbox.OpenSearch.Text;

namespace PikaMigrate.Sandbox.OpenSearch.Aggregations;

/// <summary>A date_histogram interval: a calendar unit (<c>1d</c>, <c>month</c>…) or a fixed length (<c>30m</c>), with offset and time zone.</summary>
internal sealed class DateInterval
{
    private static readonly Dictionary<string, DateUnit> CalendarUnits = new(StringComparer.Ordinal)
    {
        ["second"] = DateUnit.Second, ["1s"] = DateUnit.Second,
        ["minute"] = DateUnit.Minute, ["1m"] = DateUnit.Minute,
        ["hour"] = DateUnit.Hour, ["1h"] = DateUnit.Hour,
        ["day"] = DateUnit.Day, ["1d"] = DateUnit.Day,
        ["week"] = DateUnit.Week, ["1w"] = DateUnit.Week,
        ["month"] = DateUnit.Month, ["1M"] = DateUnit.Month,
        ["quarter"] = DateUnit.Quarter, ["1q"] = DateUnit.Quarter,
        ["year"] = DateUnit.Year, ["1y"] = DateUnit.Year,
    };

    private DateInterval(DateUnit? calendar, long fixedMillis)
    {
        Calendar = calendar;
        FixedMillis = fixedMillis;
    }

    public DateUnit? Calendar { get; }

    public long FixedMillis { get; }

    public long OffsetMillis { get; private init; }

    public TimeZoneInfo Zone { get; private init; } = TimeZoneInfo.Utc;

    /// <summary>Identifies the interval (unit or length, offset, zone) for the roundings a view keeps.</summary>
    public string CacheKey => $"{Calendar}|{FixedMillis}|{OffsetMillis}|{Zone.Id}";

    public DateInterval With(TimeZoneInfo zone, long offsetMillis) => new(Calendar, FixedMillis) { Zone = zone, OffsetMillis = offsetMillis };

    public static DateInterval Parse(JsonNode? calendar, JsonNode? fixedInterval, JsonNode? legacy)
    {
        if (calendar is not null && fixedInterval is not null)
        {
            throw RequestErrors.IllegalArgument("Cannot use [fixed_interval] with [calendar_interval] configuration option.");
        }

        if (legacy is not null && (calendar is not null || fixedInterval is not null))
        {
            throw RequestErrors.IllegalArgument(calendar is not null
                ? "Cannot use [interval] with [calendar_interval] configuration option."
                : "Cannot use [interval] with [fixed_interval] configuration option.");
        }

        if (calendar is not null)
        {
            var text = JsonRead.ScalarText(calendar) ?? "";
            return CalendarUnits.TryGetValue(text, out var unit)
                ? new DateInterval(unit, 0)
                : throw RequestErrors.IllegalArgument($"The supplied interval [{text}] could not be parsed as a calendar interval.");
        }

        if (fixedInterval is not null)
        {
            return new DateInterval(null, Fixed(JsonRead.ScalarText(fixedInterval) ?? "", "date_histogram.fixedInterval"));
        }

        if (legacy is not null)
        {
            var text = JsonRead.ScalarText(legacy) ?? "";
            return CalendarUnits.TryGetValue(text, out var unit)
                ? new DateInterval(unit, 0)
                : new DateInterval(null, JsonRead.IsNumber(legacy) ? JsonRead.TruncatedLong(legacy.AsValue()) : Fixed(text, "date_histogram.interval"));
        }

        throw RequestErrors.IllegalArgument("Invalid interval specified, must be non-null and non-empty");
    }

    public static long Fixed(string text, string setting)
    {
        var span = TimeValue.Parse(text, setting);
        return span.Ticks <= 0 ? throw RequestErrors.IllegalArgument($"Zero or negative time interval not supported") : (long)span.TotalMilliseconds;
    }

    /// <summary>The key of the bucket holding <paramref name="millis"/>.</summary>
    public long Round(long millis)
    {
        var shifted = millis - OffsetMillis;
        if (Calendar is { } unit)
        {
            return DateUnits.FloorMillis(shifted, unit, Zone) + OffsetMillis;
        }

        var zoneOffset = (long)TimeZones.OffsetAt(shifted, Zone).TotalMilliseconds;
        var local = shifted + zoneOffset;
        var flooredLocal = (long)Math.Floor(local / (double)FixedMillis) * FixedMillis;
        return flooredLocal - (long)TimeZones.OffsetAt(flooredLocal - zoneOffset, Zone).TotalMilliseconds + OffsetMillis;
    }

    public long Next(long key) => Calendar is { } unit
        ? DateUnits.NextMillis(key - OffsetMillis, unit, Zone) + OffsetMillis
        : key + FixedMillis;
}
