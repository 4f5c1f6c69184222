using System.Globalization;

namespace PikaMigrate.Sandbox.OpenSearch.Bench;

/// <summary>The machine's 1-minute load average, printed beside every figure: the machine is shared.</summary>
internal static class LoadAverage
{
    public static double Now() => double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);
}
