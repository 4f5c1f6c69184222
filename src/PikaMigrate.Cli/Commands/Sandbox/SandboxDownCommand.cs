using System.ComponentModel;
using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Sandbox.Lifecycle;

namespace PikaMigrate.Cli.Commands.Sandbox;

[Description("Stop the background sandbox; its data stays in the sandbox directory.")]
internal sealed class SandboxDownCommand(Terminal terminal) : PikaCommand<SandboxSettings>(terminal)
{
    protected override Task<int> RunAsync(SandboxSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        var host = new SandboxHost(settings.Directory, SelfCommand.Current());
        var stopped = host.Down();
        if (output.Json)
        {
            output.WriteJson(new { stopped, directory = host.Directory });
        }

        output.Line(stopped ? $"Sandbox stopped; data kept under {host.Directory}." : $"No sandbox was running for {host.Directory}.");
        return Task.FromResult(ExitCodes.Success);
    }
}
