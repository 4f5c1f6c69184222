using PikaMigrate.Core;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Infrastructure;

/// <summary>
/// A command line the parser cannot take (unknown option, missing argument, a value it refuses) is bad input like a
/// bad env file: exit 2 on stderr with a pointed message, nothing connected, nothing written.
/// </summary>
internal static class UsageErrors
{
    private const string Help = "Run pika-migrate --help (or the command with --help) for the commands and their options.";

    public static int Handle(Exception exception, bool json, Terminal terminal)
    {
        var console = terminal.CreateErrorConsole();
        if (exception is CommandAppException usage)
        {
            if (json)
            {
                new CommandOutput(terminal, json: true).WriteJson(new { error = new { problem = usage.Message, fix = Help, nothingWritten = true } });
            }

            if (usage.Pretty is { } pretty)
            {
                console.Write(pretty);
            }
            else
            {
                console.MarkupLineInterpolated($"[red]Error:[/] {usage.Message}");
            }

            console.WriteLine(ErrorFrame.NothingWritten);
            console.WriteLine(Help);
            return ExitCodes.Preflight;
        }

        console.MarkupLineInterpolated($"[red]✗ {exception.GetType().Name}: {exception.Message}[/]");
        return ExitCodes.Failed;
    }

    /// <summary>An option value refused before parsing: the problem and its fix on stderr (and as JSON with --json).</summary>
    public static int Refuse(PreflightException refused, bool json, Terminal terminal)
    {
        ErrorFrame.Preflight(refused, json ? new CommandOutput(terminal, json: true) : null, terminal, ErrorFrame.NothingWritten);
        terminal.CreateErrorConsole().WriteLine(Help);
        return ExitCodes.Preflight;
    }
}
