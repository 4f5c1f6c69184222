using PikaMigrate.Core;
using Spectre.Console;

namespace PikaMigrate.Cli.Infrastructure;

/// <summary>
/// How a command that stops says so: human lines on stderr (stdout carries only results), and with --json the same
/// as one JSON document on stdout.
/// </summary>
internal static class ErrorFrame
{
    public const string NothingWritten = "  Nothing was written.";

    /// <summary>What is wrong, where, and the fix, then what became of the stores.</summary>
    public static void Preflight(PreflightException error, CommandOutput? json, Terminal terminal, string written)
    {
        json?.WriteJson(new { error = new { problem = error.Problem, fix = error.Fix, nothingWritten = written == NothingWritten } });
        var console = terminal.CreateErrorConsole();
        console.MarkupLineInterpolated($"[red]✗ {error.Problem}[/]");
        console.MarkupLineInterpolated($"  Fix: {error.Fix}");
        console.WriteLine(written);
    }

    /// <summary>A stop that is not bad input (the lock, an interruption, a store failing mid-run): its lines, and its JSON.</summary>
    public static void Stopped(CommandOutput output, Terminal terminal, object json, string problem, params string[] then)
    {
        if (output.Json)
        {
            output.WriteJson(new { error = json });
        }

        var console = terminal.CreateErrorConsole();
        console.MarkupLineInterpolated($"[red]✗ {problem}[/]");
        foreach (var line in then)
        {
            console.WriteLine(line);
        }
    }
}
