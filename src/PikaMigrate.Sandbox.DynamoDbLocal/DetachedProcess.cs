using System.Globalization;
using PikaMigrate.Core;
using System.Text;

namespace PikaMigrate.Sandbox.DynamoDbLocal;

/// <summary>
/// Starts a program in its own session (setsid) so it outlives this process and the terminal it ran in,
/// with its output appended to a log file; the sandbox's <c>up</c> uses it for both local servers.
/// </summary>
public static class DetachedProcess
{
    /// <returns>The process id.</returns>
    public static int Start(IReadOnlyList<string> command, string workingDirectory, string? logFile)
    {
        var line = new StringBuilder("exec setsid");
        foreach (var part in command)
        {
            line.Append(' ').Append(Quote(part));
        }

        var log = logFile is null ? "/dev/null" : Quote(Path.GetFullPath(logFile));
        var info = new System.Diagnostics.ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add($"( {line} >>{log} 2>&1 </dev/null & echo $! )");
        using var shell = System.Diagnostics.Process.Start(info) ?? throw new DynamoDbLocalException("Could not start /bin/sh.");
        var pidText = shell.StandardOutput.ReadLine();
        shell.WaitForExit();
        return int.TryParse(pidText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid)
            ? pid
            : throw new DynamoDbLocalException($"Could not start {command[0]} detached (the shell printed '{pidText}').");
    }

    /// <summary>True while the process runs.</summary>
    public static bool IsAlive(int processId) => LocalProcesses.IsRunning(processId);

    /// <summary>
    /// Stops a detached process: SIGTERM first, so it can shut down cleanly (the OpenSearch engine writes a snapshot
    /// of its data), then, if it is still running after the grace period, kills it and its children.
    /// </summary>
    public static void Stop(int processId, TimeSpan? grace = null)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            if (SendTerminate(processId) && process.WaitForExit(grace ?? TimeSpan.FromSeconds(30)))
            {
                return;
            }

            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static bool SendTerminate(int processId) => !OperatingSystem.IsWindows() && Posix.Kill(processId, Posix.SigTerm) == 0;

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static class Posix
    {
        public const int SigTerm = 15;

        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
        [System.Runtime.InteropServices.DefaultDllImportSearchPaths(System.Runtime.InteropServices.DllImportSearchPath.SafeDirectories)]
        public static extern int Kill(int processId, int signal);
    }
}
