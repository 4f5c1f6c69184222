using System.ComponentModel;
using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Core;
using PikaMigrate.Core.Configuration;
using PikaMigrate.DynamoDb;
using PikaMigrate.DynamoDb.Ledger;
using PikaMigrate.Sandbox.Dataset;
using PikaMigrate.Sandbox.Lifecycle;
using PikaMigrate.Sandbox.Seeding;

namespace PikaMigrate.Cli.Commands.Sandbox;

[Description("Replace the sandbox's data with a 0.10.x-era dataset (sessions, users, the 0.10 session index).")]
internal sealed class SandboxSeedCommand(Terminal terminal) : PikaCommand<SandboxSeedSettings>(terminal)
{
    protected override async Task<int> RunAsync(SandboxSeedSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        var host = new SandboxHost(settings.Directory, SelfCommand.Current());
        var state = host.Current() ?? throw new PreflightException(
            $"No sandbox is running for {host.Directory}.",
            $"Start it with ./pika-migrate sandbox up --dir {settings.Directory}.");
        var summary = await SeedAsync(state.Endpoints, settings.Dataset, cancellationToken).ConfigureAwait(false);
        if (output.Json)
        {
            output.WriteJson(summary);
        }

        output.Line($"Seeded a 0.10.x-era dataset: {summary.Sessions} sessions ({summary.PreTyped} already typed) in {summary.SessionTable}, "
            + $"{summary.Users} users in {summary.UserTable} ({summary.MissingUsers} users missing), {summary.Sessions} documents in index '{summary.Index}'.");
        output.Line($"The sandbox's ledger ({LedgerTable}) was reset with them: what it recorded described the data this seed replaced.");
        return ExitCodes.Success;
    }

    /// <summary>The ledger the sandbox's commands use by default.</summary>
    private static string LedgerTable => DynamoDbLedgerTable.DefaultName($"{SandboxEndpoints.Project}-{SandboxEndpoints.Stage}");

    /// <summary>Replaces the sandbox's data, and resets its default ledger, which described the data replaced.</summary>
    internal static async Task<SeedSummary> SeedAsync(SandboxEndpoints endpoints, DatasetOptions options, CancellationToken cancellationToken)
    {
        var settings = PikaSettingsReader.Read(name => endpoints.Variables.GetValueOrDefault(name), new PikaSettingsOverrides(), "the sandbox");
        using var dynamo = DynamoDbClientFactory.Create(settings);
        var summary = await SandboxSeeder.SeedAsync(
            dynamo, endpoints.OpenSearch, PikaTables.ChatSession.Candidates(settings).Names[0], PikaTables.ChatUser.Candidates(settings).Names[0], settings.SessionIndex, options, cancellationToken).ConfigureAwait(false);
        await new DynamoDbLedgerTable(dynamo, LedgerTable).DeleteAsync(cancellationToken).ConfigureAwait(false);
        return summary;
    }
}
