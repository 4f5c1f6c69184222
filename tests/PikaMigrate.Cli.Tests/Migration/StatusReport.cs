using System.Text.Json.Nodes;
using PikaMigrate.Cli.Tests.Harness;

namespace PikaMigrate.Cli.Tests.Migration;

/// <summary>What <c>status --json</c> says of 0.11.0: each step's state, the checkpoints, and the lock.</summary>
internal sealed record StatusReport(IReadOnlyDictionary<string, string> States, IReadOnlyDictionary<string, string> Checkpoints, bool Locked, JsonNode? Holder, JsonNode? LastTakeover)
{
    public static StatusReport Parse(CliResult result)
    {
        Shows.Exit(result, 0);
        var document = JsonNode.Parse(result.StandardOutput)!;
        var migration = document["migrations"]!.AsArray().Single(m => (string?)m!["version"] == MigrationScenario.Version)!;
        return new StatusReport(
            migration["steps"]!.AsArray().ToDictionary(s => (string)s!["step"]!["id"]!, s => (string)s!["state"]!, StringComparer.Ordinal),
            migration["checkpoints"]!.AsObject().ToDictionary(c => c.Key, c => (string)c.Value!, StringComparer.Ordinal),
            (bool)document["locked"]!,
            document["lockHolder"],
            document["lastTakeover"]);
    }
}
