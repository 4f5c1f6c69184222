using PikaMigrate.Cli.Commands.Ddb;
using PikaMigrate.Cli.Commands.Migration;
using PikaMigrate.Cli.Commands.Os;
using PikaMigrate.Cli.Commands.Sandbox;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli;

/// <summary>The command tree: names follow the guide's tools; each branch registers its own commands.</summary>
internal static class CommandLine
{
    public static CommandApp Create(ITypeRegistrar registrar)
    {
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("pika-migrate");
            config.Settings.StrictParsing = true;
            MigrationCommands.Register(config);
            config.AddBranch("ddb", DdbCommands.Register);
            config.AddBranch("os", OsCommands.Register);
            config.AddBranch("sandbox", SandboxCommands.Register);
            config.AddCommand<DemoCommand>("demo");
        });
        return app;
    }
}
