using System.Diagnostics;

namespace PikaMigrate.Backfill.Bench;

/// <summary>
/// Ours: the real <c>pika-migrate ddb backfill-session-metadata --yes</c>, the built CLI as its own process with the
/// guide's env file, against the proxy's endpoint; its default ledger (a DynamoDB table) included. Its peak resident
/// memory is sampled while it runs.
/// </summary>
internal static class CliBackfill
{
    public static async Task<CliRun> RunAsync(Uri endpoint, string project, string stage, string workDirectory)
    {
        var envFile = Path.Combine(workDirectory, ".env.local");
        await File.WriteAllLinesAsync(envFile, [$"stage={stage}", $"PIKA_SERVICE_PROJ_NAME_KEBAB_CASE={project}"]);
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "pika-migrate.dll"), "ddb", "backfill-session-metadata", "--env-file", envFile, "--yes" })
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
        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the CLI.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(50))
        {
            process.Refresh();
            peak = Math.Max(peak, SafePeak(process));
        }

        await process.WaitForExitAsync();
        var seconds = clock.Elapsed.TotalSeconds;
        return new CliRun(process.ExitCode, seconds, peak, await output + await errors);
    }

    private static long SafePeak(Process process)
    {
        try
        {
            return process.PeakWorkingSet64;
        }
        catch (InvalidOperationException)
        {
            return 0;
        }
    }
}

/// <summary>What the CLI run did: exit code, wall-clock seconds (process start included), peak resident bytes, output.</summary>
internal sealed record CliRun(int ExitCode, double Seconds, long PeakBytes, string Output);
