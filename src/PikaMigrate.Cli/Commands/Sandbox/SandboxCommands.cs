using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Commands.Sandbox;

/// <summary>The <c>sandbox</c> branch: the embedded default.</summary>
internal static class SandboxCommands
{
    public static void Register(IConfigurator<CommandSettings> sandbox)
    {
        sandbox.SetDescription("The embedded default: local stores on loopback with 0.10.x-era data.");
        sandbox.AddCommand<SandboxUpCommand>("up");
        sandbox.AddCommand<SandboxDownCommand>("down");
        sandbox.AddCommand<SandboxSeedCommand>("seed");
        sandbox.AddCommand<SandboxOpenSearchCommand>("opensearch");
    }
}
