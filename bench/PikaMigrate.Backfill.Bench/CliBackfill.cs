using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;

namespace PikaMigrate.Backfill.Bench;

/// <summary>
/// Ours: the real <c>pika-migrate ddb backfill-session-metadata --yes --json</c> as operators run it, through the
/// checkout's launcher (its ReadyToRun build), with the guide's env file, against the proxy's endpoint; its default
/// ledger (a DynamoDB table) included. Its peak resident memory and CPU time are sampled while it runs; its JSON
/// outcome gives the write rate it achieved.
/// </summary>
internal static class CliBackfill
{
    private static readonly string Launcher = typeof(CliBackfill).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "Launcher").Value!;

    /// <summary>Runs the launcher once, so that the build it does when a source changed is not timed as a run.</summary>
    public static async Task BuildAsync()
    {
        var info = new ProcessStartInfo(Launcher, "--version") { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {Launcher}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Launcher} --version exited {process.ExitCode}:\n{await output}{await errors}");
        }
    }

    /// <param name="maxWriteRate">Passed as --max-write-rate; null runs with the default (no ceiling on the on-demand tables seeded).</param>
    public static async Task<CliRun> RunAsync(Uri endpoint, string project, string stage, string workDirectory, double? maxWriteRate)
    {
        var envFile = Path.Combine(workDirectory, ".env.local");
        await File.WriteAllLinesAsync(envFile, [$"stage={stage}", $"PIKA_SERVICE_PROJ_NAME_KEBAB_CASE={project}"]);
        var info = new ProcessStartInfo(Launcher)
        {
            WorkingDirectory = workDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] ceiling = maxWriteRate is { } itemsPerSecond ? ["--max-write-rate", itemsPerSecond.ToString(CultureInfo.InvariantCulture)] : [];
        string[] args = ["ddb", "backfill-session-metadata", "--env-file", envFile, "--yes", "--json", .. ceiling];
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // Only the local endpoint and its dummy credentials: no profile or region of the machine takes part.
        foreach (var name in Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(n => n.StartsWith("AWS_", StringComparison.Ordinal)))
        {
            info.Environment.Remove(name);
        }

        info.Environment["AWS_ENDPOINT_URL_DYNAMODB"] = endpoint.ToString();
        info.Environment["AWS_REGION"] = "us-east-1";
        info.Environment["AWS_ACCESS_KEY_ID"] = "local";
        info.Environment["AWS_SECRET_ACCESS_KEY"] = "local";

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {Launcher}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        long peak = 0;
        var cpu = TimeSpan.Zero;
        while (!process.WaitForExit(50))
        {
            process.Refresh();
            (peak, cpu) = Sample(process, peak, cpu);
        }

        await process.WaitForExitAsync();
        var seconds = clock.Elapsed.TotalSeconds;
        var json = await output;
        var rate = process.ExitCode == 0 ? JsonNode.Parse(json)?["outcome"]?["details"]?["writeRate"] : null;
        return new CliRun(process.ExitCode, seconds, peak, cpu.TotalSeconds, (double?)rate?["achievedItemsPerSecond"], (long?)rate?["throttledItems"], json + await errors);
    }

    /// <summary>The peak working set and CPU time so far (sampled: the last 50 ms before the exit are not seen).</summary>
    private static (long Peak, TimeSpan Cpu) Sample(Process process, long peak, TimeSpan cpu)
    {
        try
        {
            return (Math.Max(peak, process.PeakWorkingSet64), process.TotalProcessorTime);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            // It ended between the check and the read.
            return (peak, cpu);
        }
    }
}

/// <summary>What the CLI run did: exit code, wall-clock seconds (process start included), peak resident bytes, CPU seconds, the write rate it achieved and the writes throttled, output.</summary>
internal sealed record CliRun(int ExitCode, double Seconds, long PeakBytes, double CpuSeconds, double? AchievedItemsPerSecond, long? ThrottledItems, string Output);
