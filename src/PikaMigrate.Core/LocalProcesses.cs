using System.Diagnostics;
using System.Globalization;

namespace PikaMigrate.Core;

/// <summary>Whether a process of this machine still runs (a lock holder's, a sandbox server's), and which process it is.</summary>
public static class LocalProcesses
{
    /// <summary>This boot of this machine (Linux's boot id); null where the system has none. Process ids restart with every boot.</summary>
    public static string? BootId { get; } = ReadBootId();

    public static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>
    /// When the process with this id started, in clock ticks since boot (Linux's /proc/&lt;pid&gt;/stat): with the boot id it
    /// tells the process apart from a later one that reuses its id. Null when no such process runs, or where there is no /proc.
    /// </summary>
    public static long? StartTicks(int processId)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/stat");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // "pid (comm) state ppid ...": the command may hold spaces and parentheses, so count fields after the last ')'.
        // starttime is field 22; the state, field 3, comes first after it.
        var fields = stat[(stat.LastIndexOf(')') + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length > 19 && long.TryParse(fields[19], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) ? ticks : null;
    }

    private static string? ReadBootId()
    {
        try
        {
            return File.ReadAllText("/proc/sys/kernel/random/boot_id").Trim() is { Length: > 0 } id ? id : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
