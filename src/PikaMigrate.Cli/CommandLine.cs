using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using PikaMigrate.Cli.Commands.Analytics;
using PikaMigrate.Cli.Commands.Ddb;
using PikaMigrate.Cli.Commands.Migration;
using PikaMigrate.Cli.Commands.Os;
using PikaMigrate.Cli.Commands.Sandbox;
using PikaMigrate.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli;

/// <summary>The command tree: names follow the guide's tools; each branch registers its own commands.</summary>
internal static class CommandLine
{
    public static CommandApp Create(Terminal terminal, IServiceCollection services)
    {
        services.AddSingleton(terminal);
        var app = new CommandApp(new TypeRegistrar(services));
        app.Configure(config =>
        {
            config.SetApplicationName("pika-migrate");
            // This assembly's version, not the entry assembly's (which is the test host under tests).
            config.SetApplicationVersion(typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
            config.ConfigureConsole(terminal.CreateHumanConsole(json: false));
            config.Settings.StrictParsing = true;
            config.SetExceptionHandler((exception, _) => UsageErrors.Handle(exception, terminal));
            MigrationCommands.Register(config);
            config.AddBranch("ddb", DdbCommands.Register);
            config.AddBranch("os", OsCommands.Register);
            config.AddBranch<AnalyticsSettings>("analytics", AnalyticsCommands.Register);
            config.AddBranch("sandbox", SandboxCommands.Register);
            config.AddCommand<DemoCommand>("demo");
        });
        return app;
    }
}
