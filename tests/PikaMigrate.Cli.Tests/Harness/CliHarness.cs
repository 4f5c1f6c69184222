using Microsoft.Extensions.DependencyInjection;
using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Testing;

namespace PikaMigrate.Cli.Tests.Harness;

/// <summary>Runs the real command tree in this process, with the test catalog and captured, non-interactive output.</summary>
public static class CliHarness
{
    public static async Task<CliResult> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CommandLine.RunAsync(new Terminal(stdout, stderr, outputIsInteractive: false), new ServiceCollection(), TestCatalog.All, args, cancellationToken);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Writes an env file of the given variables into a fresh temporary folder and returns its path.</summary>
    public static string WriteEnvFile(IReadOnlyDictionary<string, string> variables)
    {
        var dir = TestScratch.CreateDirectory("env-");
        var path = Path.Combine(dir, ".env.local");
        File.WriteAllLines(path, variables.Select(kv => $"{kv.Key}={kv.Value}"));
        return path;
    }
}
