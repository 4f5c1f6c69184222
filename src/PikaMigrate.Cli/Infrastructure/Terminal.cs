using Spectre.Console;

namespace PikaMigrate.Cli.Infrastructure;

/// <summary>The process's output streams; tests hand in string writers instead of the real console.</summary>
internal sealed class Terminal(TextWriter standardOutput, TextWriter standardError, bool outputIsInteractive)
{
    // Logs have no width: wrapping at Spectre's default 80 columns would break lines that scripts grep for.
    private const int LogWidth = 4096;

    public static Terminal FromProcess() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected && !Console.IsErrorRedirected);

    public TextWriter StandardOutput { get; } = standardOutput;

    public TextWriter StandardError { get; } = standardError;

    /// <summary>True when a person is watching: live progress bars instead of plain lines.</summary>
    public bool IsInteractive { get; } = outputIsInteractive;

    /// <summary>Human text goes to stdout, or to stderr when stdout carries JSON.</summary>
    public IAnsiConsole CreateHumanConsole(bool json) => CreateConsole(json ? StandardError : StandardOutput);

    /// <summary>For errors that come before any command runs (a command line the parser refuses).</summary>
    public IAnsiConsole CreateErrorConsole() => CreateConsole(StandardError);

    private IAnsiConsole CreateConsole(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = IsInteractive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = IsInteractive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = IsInteractive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!IsInteractive)
        {
            console.Profile.Width = LogWidth;
        }

        return console;
    }
}
