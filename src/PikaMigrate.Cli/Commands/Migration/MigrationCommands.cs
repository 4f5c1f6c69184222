using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Commands.Migration;

/// <summary>The top-level commands that run a whole migration: plan, migrate, verify, status, demo.</summary>
internal static class MigrationCommands
{
    public static void Register(IConfigurator config)
    {
    }
}
