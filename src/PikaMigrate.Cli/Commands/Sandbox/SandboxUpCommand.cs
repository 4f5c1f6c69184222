using System.ComponentModel;
using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Sandbox.Lifecycle;

namespace PikaMigrate.Cli.Commands.Sandbox;

[Description("Start DynamoDB Local and the OpenSearch-compatible engine in the background.")]
internal sealed class SandboxUpCommand(Terminal terminal) : PikaCommand<SandboxSettings>(terminal)
{
    protected override async Task<int> RunAsync(SandboxSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        var host = new SandboxHost(settings.Directory, SelfCommand.Current());
        var state = await host.UpAsync(cancellationToken).ConfigureAwait(false);
        if (output.Json)
        {
            output.WriteJson(new { directory = host.Directory, envFile = host.EnvFilePath, dynamoDb = state.Endpoints.DynamoDb, openSearch = state.Endpoints.OpenSearch });
        }

        output.Line($"Sandbox up (data under {host.Directory}):");
        output.Line($"  DynamoDB Local:              {state.Endpoints.DynamoDb}");
        output.Line($"  OpenSearch-compatible engine: {state.Endpoints.OpenSearch}");
        output.Line($"  Env file:                    {host.EnvFilePath}");
        output.Line($"Next: ./pika-migrate sandbox seed --dir {settings.Directory}, then any command with --env-file {host.EnvFilePath}");
        return ExitCodes.Success;
    }
}
