using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Commands.Migration;

/// <summary>The top-level commands that run a whole migration: plan, migrate, verify, status.</summary>
internal static class MigrationCommands
{
    public static void Register(IConfigurator config)
    {
        config.AddCommand<PlanCommand>("plan").WithExample("plan", "0.11.0");
        config.AddCommand<MigrateCommand>("migrate").WithExample("migrate", "0.11.0");
        config.AddCommand<VerifyCommand>("verify").WithExample("verify", "0.11.0");
        config.AddCommand<StatusCommand>("status");
    }
}
