using PikaMigrate.Migrations;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Commands.Migration;

/// <summary>The top-level commands that run a whole migration of the catalog: plan, migrate, verify, status.</summary>
internal static class MigrationCommands
{
    public static void Register(IConfigurator config, MigrationCatalog catalog)
    {
        var version = catalog.Latest.Version;
        config.AddCommand<PlanCommand>("plan").WithExample("plan", version);
        config.AddCommand<MigrateCommand>("migrate").WithExample("migrate", version);
        config.AddCommand<VerifyCommand>("verify").WithExample("verify", version);
        config.AddCommand<StatusCommand>("status");
    }
}
