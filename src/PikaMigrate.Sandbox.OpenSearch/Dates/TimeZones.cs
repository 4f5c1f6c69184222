using System.Globalization;
using System.Text.RegularExpressions;

namespace PikaMigrate.Sandbox.OpenSearch.Dates;

/// <summary><c>time_zone</c> values (<c>UTC</c>, <c>+01:00</c>, <c>America/Denver</c>) and local-time conversions.</summary>
internal static partial class TimeZones
{
    public static TimeZoneInfo Parse(string id)
    {
        if (id is "UTC" or "Z" or "GMT" or "UT" or "Etc/UTC")
        {
            return TimeZoneInfo.Utc;
        }

        var match = OffsetPattern().Match(id);
        if (match.Success)
        {
            var hours = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            var minutes = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
            var offset = new TimeSpan(hours, minutes, 0) * (match.Groups[1].Value == "-" ? -1 : 1);
            return TimeZoneInfo.CreateCustomTimeZone(id, offset, id, id);
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new DateParseException($"Unknown time-zone ID: {id}");
        }
    }

    public static DateTime MillisToLocal(long millis, TimeZoneInfo zone)
    {
        var utc = DateTime.UnixEpoch.AddMilliseconds(millis);
        return zone == TimeZoneInfo.Utc ? DateTime.SpecifyKind(utc, DateTimeKind.Unspecified) : DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(utc, zone), DateTimeKind.Unspecified);
    }

    /// <summary>A local time in the zone; in a gap the clock moves forward, in an overlap the earlier instant wins (as java.time).</summary>
    public static long LocalToMillis(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone == TimeZoneInfo.Utc)
        {
            return new DateTimeOffset(local, TimeSpan.Zero).ToUnixTimeMilliseconds();
        }

        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUnixTimeMilliseconds();
    }

    public static TimeSpan OffsetAt(long millis, TimeZoneInfo zone) =>
        zone == TimeZoneInfo.Utc ? TimeSpan.Zero : zone.GetUtcOffset(DateTime.UnixEpoch.AddMilliseconds(millis));

    [GeneratedRegex(@"^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$")]
    private static partial Regex OffsetPattern();
}
