namespace PikaMigrate.Sandbox.OpenSearch.Dates;

/// <summary>Calendar units of date math and date_histogram: rounding down in a time zone and adding.</summary>
internal enum DateUnit
{
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

/// <summary>Arithmetic on <see cref="DateUnit"/> in local time.</summary>
internal static class DateUnits
{
    public static DateTime Floor(DateTime local, DateUnit unit) => unit switch
    {
        DateUnit.Second => new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, local.Second),
        DateUnit.Minute => new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0),
        DateUnit.Hour => new DateTime(local.Year, local.Month, local.Day, local.Hour, 0, 0),
        DateUnit.Day => local.Date,
        DateUnit.Week => local.Date.AddDays(-(((int)local.DayOfWeek + 6) % 7)),
        DateUnit.Month => new DateTime(local.Year, local.Month, 1),
        DateUnit.Quarter => new DateTime(local.Year, ((local.Month - 1) / 3 * 3) + 1, 1),
        _ => new DateTime(local.Year, 1, 1),
    };

    public static DateTime Add(DateTime local, DateUnit unit, int amount) => unit switch
    {
        DateUnit.Second => local.AddSeconds(amount),
        DateUnit.Minute => local.AddMinutes(amount),
        DateUnit.Hour => local.AddHours(amount),
        DateUnit.Day => local.AddDays(amount),
        DateUnit.Week => local.AddDays(7L * amount),
        DateUnit.Month => local.AddMonths(amount),
        DateUnit.Quarter => local.AddMonths(3 * amount),
        _ => local.AddYears(amount),
    };

    public static long FloorMillis(long millis, DateUnit unit, TimeZoneInfo zone) =>
        TimeZones.LocalToMillis(Floor(TimeZones.MillisToLocal(millis, zone), unit), zone);

    public static long NextMillis(long floorMillis, DateUnit unit, TimeZoneInfo zone) =>
        TimeZones.LocalToMillis(Add(TimeZones.MillisToLocal(floorMillis, zone), unit, 1), zone);
}
