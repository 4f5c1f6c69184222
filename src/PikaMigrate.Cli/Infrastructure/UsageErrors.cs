using Spectre.Console;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Infrastructure;

/// <summary>
/// A command line the parser cannot take (unknown option, missing argument, value of the wrong type) is bad input
/// like a bad env file: exit 2 with the parser's own pointed message, nothing connected, nothing written.
/// </summary>
internal static class UsageErrors
{
    public static int Handle(Exception exception, Terminal terminal)
    {
        var console = terminal.CreateErrorConsole();
        if (exception is CommandAppException usage)
        {
            if (usage.Pretty is { } pretty)
            {
                console.Write(pretty);
            }
            else
            {
                console.MarkupLineInterpolated($"[red]Error:[/] {usage.Message}");
            }

            console.MarkupLine("Run [bold]pika-migrate --help[/] (or the command with --help) for the commands and their options.");
            return ExitCodes.Preflight;
        }

        console.MarkupLineInterpolated($"[red]✗ {exception.GetType().Name}: {exception.Message}[/]");
        return ExitCodes.Failed;
    }
}
