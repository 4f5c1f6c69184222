using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Commands.Analytics;

/// <summary>The <c>analytics</c> branch: run alone it is the terminal report (its default command); <c>serve</c> is the dashboard.</summary>
internal static class AnalyticsCommands
{
    public static void Register(IConfigurator<AnalyticsSettings> analytics)
    {
        analytics.SetDescription("The guide's \"Test Session Analytics\": Pika 0.11's Session Analytics, read-only, in the terminal or (serve) as a local dashboard.");
        analytics.SetDefaultCommand<AnalyticsCommand>();
        analytics.AddCommand<ServeCommand>("serve");
    }
}
