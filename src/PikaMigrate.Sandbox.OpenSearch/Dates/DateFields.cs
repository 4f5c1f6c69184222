namespace PikaMigrate.Sandbox.OpenSearch.Dates;

/// <summary>What a date format parsed from a string: fields left null were not in the text.</summary>
internal sealed class DateFields
{
    public long? EpochMillis { get; set; }

    /// <summary>What rounding up adds to <see cref="EpochMillis"/> (the rest of a whole <c>epoch_second</c>).</summary>
    public int EpochRoundUpMillis { get; set; }

    public int? Year { get; set; }

    public int? Month { get; set; }

    public int? Day { get; set; }

    /// <summary>Day of the year (pattern letter <c>D</c>), when month and day are not given.</summary>
    public int? DayOfYear { get; set; }

    public int? Hour { get; set; }

    public int? Minute { get; set; }

    public int? Second { get; set; }

    public int? Nanos { get; set; }

    public bool? Pm { get; set; }

    public TimeSpan? Offset { get; set; }

    /// <summary>
    /// The instant, with missing fields at their lowest value. With <paramref name="roundUp"/> (how OpenSearch reads
    /// the upper bound of <c>lte</c> and the lower bound of <c>gt</c>) a missing time of day is the day's last
    /// millisecond, but a missing month or day is still the first (JavaDateFormatter's DEFAULT_ROUND_UP):
    /// <c>2024-01-31</c> rounds up to 23:59:59.999 that day, <c>2024-01</c> to 2024-01-01T23:59:59.999.
    /// </summary>
    public long ToMillis(bool roundUp, TimeZoneInfo zone)
    {
        if (EpochMillis is { } epoch)
        {
            return roundUp ? epoch + EpochRoundUpMillis : epoch;
        }

        var year = Year ?? 1970;
        var month = Month ?? 1;
        var day = Day ?? 1;
        if (DayOfYear is { } dayOfYear && Month is null && Day is null)
        {
            if (dayOfYear < 1 || dayOfYear > (DateTime.IsLeapYear(year) ? 366 : 365))
            {
                throw new DateParseException("invalid date-time fields");
            }

            var date = new DateTime(year, 1, 1).AddDays(dayOfYear - 1);
            (month, day) = (date.Month, date.Day);
        }

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
