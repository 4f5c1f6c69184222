using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using PikaMigrate.Cli.Commands.Analytics;
using PikaMigrate.Cli.Commands.Ddb;
using PikaMigrate.Cli.Commands.Migration;
using PikaMigrate.Cli.Commands.Os;
using PikaMigrate.Cli.Commands.Sandbox;
using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Migrations;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli;

/// <summary>The command tree: names follow the guide's tools; each branch registers its own commands.</summary>
internal static class CommandLine
{
    /// <summary>Runs a command line: its option values checked first, then parsed and run by the command tree.</summary>
    public static async Task<int> RunAsync(Terminal terminal, IServiceCollection services, MigrationCatalog catalog, string[] args, CancellationToken cancellationToken)
    {
        var json = args.Contains("--json");
        if (OptionValues.Of(catalog).Check(args) is { } refused)
        {
            return UsageErrors.Refuse(refused, json, terminal);
        }

        return await Create(terminal, services, catalog, json).RunAsync(args, cancellationToken).ConfigureAwait(false);
    }

    /// <param name="catalog">The migrations the commands know (tests add migrations of their own).</param>
    /// <param name="json">--json was given: a command line the parser refuses is also answered with a JSON document.</param>
    private static CommandApp Create(Terminal terminal, IServiceCollection services, MigrationCatalog catalog, bool json)
    {
        services.AddSingleton(terminal);
        services.AddSingleton(catalog);
        var app = new CommandApp(new TypeRegistrar(services));
        app.Configure(config =>
        {
            config.SetApplicationName(StepCommandLine.Tool);
            // This assembly's version, not the entry assembly's (which is the test host under tests).
            config.SetApplicationVersion(typeof(CommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
            config.ConfigureConsole(terminal.CreateHumanConsole(json: false));
            config.Settings.StrictParsing = true;
            config.SetExceptionHandler((exception, _) => UsageErrors.Handle(exception, json, terminal));
            MigrationCommands.Register(config, catalog);
            config.AddBranch(StepCommandLine.Branch(StoreKind.DynamoDb), ddb => DdbCommands.Register(ddb, catalog));
            config.AddBranch(StepCommandLine.Branch(StoreKind.OpenSearch), os => OsCommands.Register(os, catalog));
            config.AddBranch<AnalyticsSettings>("analytics", AnalyticsCommands.Register);
            config.AddBranch("sandbox", SandboxCommands.Register);
            config.AddCommand<DemoCommand>("demo");
        });
        return app;
    }
}
