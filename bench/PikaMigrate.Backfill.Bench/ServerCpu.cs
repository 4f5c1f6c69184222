using System.Globalization;

namespace PikaMigrate.Backfill.Bench;

/// <summary>
/// CPU seconds used so far by the DynamoDB Local JVM this process started, read from /proc (Linux; null elsewhere).
/// On a machine others share, CPU seconds compare runs where wall-clock times cannot.
/// </summary>
internal static class ServerCpu
{
    private const double TicksPerSecond = 100;

    public static double? Seconds()
    {
        if (!Directory.Exists("/proc/self"))
        {
            return null;
        }

        var parent = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        long ticks = 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc").Where(d => char.IsAsciiDigit(Path.GetFileName(d)[0])))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                // pid (comm) state ppid ... utime stime: fields after the command name, which may hold spaces.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (stat.Contains("(java)", StringComparison.Ordinal) && fields[1] == parent)
                {
                    ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                }
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
        }

        return ticks / TicksPerSecond;
    }

    /// <summary>The load averages of the last 1, 5 and 15 minutes (Linux; empty elsewhere).</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : string.Empty;
}
