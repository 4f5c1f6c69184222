using System.Diagnostics;

namespace PikaMigrate.Core;

/// <summary>Whether a process of this machine still runs (a lock holder's, a sandbox server's).</summary>
public static class LocalProcesses
{
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
}
