using System.Globalization;

namespace PikaMigrate.Migrations;

/// <summary>How long work paced at a rate takes, as a plan shows it.</summary>
public static class PacedWork
{
    public static long Seconds(long items, double perSecond) => (long)Math.Ceiling(items / perSecond);

    /// <summary>e.g. "about 1 h 02 min", "about 4 min 10 s", "about 12 s".</summary>
    public static string Duration(long seconds)
    {
        var time = TimeSpan.FromSeconds(seconds);
        return "about " + (time.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours} h {time.Minutes:00} min")
            : time.TotalMinutes >= 1
                ? string.Create(CultureInfo.InvariantCulture, $"{time.Minutes} min {time.Seconds:00} s")
                : string.Create(CultureInfo.InvariantCulture, $"{time.Seconds} s"));
    }
}
