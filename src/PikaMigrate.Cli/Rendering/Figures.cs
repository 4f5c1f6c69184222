using System.Globalization;

namespace PikaMigrate.Cli.Rendering;

/// <summary>How the analytics tables write numbers: counts with separators, dollars, compact token counts.</summary>
internal static class Figures
{
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Dollars to the cent, or to four places under a dollar (a session costs cents).</summary>
    public static string Money(double value) =>
        value == 0 ? "$0" : "$" + value.ToString(Math.Abs(value) < 1 ? "0.0000" : "N2", CultureInfo.InvariantCulture);

    /// <summary>1,234 / 45.6K / 7.89M.</summary>
    public static string Compact(double value) => Math.Abs(value) switch
    {
        >= 1_000_000_000 => (value / 1_000_000_000).ToString("0.##", CultureInfo.InvariantCulture) + "B",
        >= 1_000_000 => (value / 1_000_000).ToString("0.##", CultureInfo.InvariantCulture) + "M",
        >= 10_000 => (value / 1_000).ToString("0.#", CultureInfo.InvariantCulture) + "K",
        _ => value.ToString("N0", CultureInfo.InvariantCulture),
    };

    public static string Percent(double part, double whole) =>
        whole <= 0 ? "-" : (part / whole).ToString("0.0%", CultureInfo.InvariantCulture);
}
