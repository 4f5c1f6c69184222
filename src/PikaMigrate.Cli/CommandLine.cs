using PikaMigrate.Cli.Commands.Sandbox;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli;

/// <summary>The command tree: names follow the guide's tools.</summary>
internal static class CommandLine
{
    public static CommandApp Create(ITypeRegistrar registrar)
    {
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("pika-migrate");
            config.Settings.StrictParsing = true;
            config.AddBranch("ddb", ddb =>
            {
                ddb.SetDescription("DynamoDB steps and look-ups (guide Part B).");
            });
            config.AddBranch("sandbox", sandbox =>
            {
                sandbox.SetDescription("The embedded default: local stores on loopback with 0.10.x-era data.");
                sandbox.AddCommand<SandboxUpCommand>("up");
                sandbox.AddCommand<SandboxDownCommand>("down");
                sandbox.AddCommand<SandboxSeedCommand>("seed");
            });
            config.AddBranch("os", os =>
            {
                os.SetDescription("OpenSearch steps and look-ups (guide Part A).");
            });
        });
        return app;
    }
}
