namespace PikaMigrate.Sandbox.OpenSearch.Dates;

/// <summary>What a date format parsed from a string: fields left null were not in the text.</summary>
internal sealed class DateFields
{
    public long? EpochMillis { get; set; }

    /// <summary>Sub-millisecond part of an epoch value (so round-up can tell "1000" from "1000.5").</summary>
    public bool EpochHasFraction { get; set; }

    public int? Year { get; set; }

    public int? Month { get; set; }

    public int? Day { get; set; }

    public int? Hour { get; set; }

    public int? Minute { get; set; }

    public int? Second { get; set; }

    public int? Nanos { get; set; }

    public bool? Pm { get; set; }

    public TimeSpan? Offset { get; set; }

    /// <summary>
    /// The instant, with missing fields at their lowest value, or with <paramref name="roundUp"/> at their highest
    /// (how OpenSearch reads the upper bound of <c>lte</c> and the lower bound of <c>gt</c>).
    /// </summary>
    public long ToMillis(bool roundUp, TimeZoneInfo zone)
    {
        if (EpochMillis is { } epoch)
        {
            return epoch;
        }

        var year = Year ?? 1970;
        var month = Month ?? (roundUp ? 12 : 1);
        var day = Day ?? (roundUp ? DateTime.DaysInMonth(year, month) : 1);
        var hour = Hour ?? (roundUp ? 23 : 0);
        if (Pm is { } pm)
        {
            hour = (hour % 12) + (pm ? 12 : 0);
        }

        var minute = Minute ?? (roundUp ? 59 : 0);
        var second = Second ?? (roundUp ? 59 : 0);
        var nanos = Nanos ?? (roundUp ? 999_999_999 : 0);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            throw new DateParseException("invalid date-time fields");
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(nanos / 100);
        return Offset is { } offset
            ? new DateTimeOffset(local, offset).ToUnixTimeMilliseconds()
            : TimeZones.LocalToMillis(local, zone);
    }
}
