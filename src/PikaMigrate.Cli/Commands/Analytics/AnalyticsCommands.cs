using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Commands.Analytics;

/// <summary>The <c>analytics</c> branch: Pika 0.11's Session Analytics, in the terminal and as a local dashboard.</summary>
internal static class AnalyticsCommands
{
    public static void Register(IConfigurator<CommandSettings> analytics)
    {
        analytics.SetDescription("Session Analytics as Pika 0.11's site-admin page computes them (the guide's last step).");
        analytics.AddCommand<ServeCommand>("serve");
    }
}
