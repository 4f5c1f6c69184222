using System.Globalization;
using System.Text.Json.Nodes;

namespace PikaMigrate.Cli.Tests.Harness;

/// <summary>
/// A ledger file (<c>--ledger file:PATH</c>) read and edited directly, as a test watching a CLI process needs:
/// without the ledger's own lock, which that process may be holding. Every save of the ledger is an atomic rename,
/// so a read always sees a whole document.
/// </summary>
internal sealed class LedgerFileView(string path)
{
    public string Path { get; } = path;

    /// <summary>A step's recorded state (Running, Succeeded, ...), or null when it has no record.</summary>
    public string? StepState(string migration, string step) => (string?)Read()?["Steps"]?[$"{migration}/{step}"]?["State"];

    public string? Checkpoint(string key) => (string?)Read()?["Checkpoints"]?[key];

    /// <summary>Moves the lease of the recorded holder (e.g. a killed run) to end at <paramref name="expires"/>.</summary>
    public void SetLeaseExpiry(DateTimeOffset expires)
    {
        var document = Read() ?? throw new InvalidOperationException($"{Path} does not exist.");
        var holder = document["Lock"] ?? throw new InvalidOperationException($"Nobody holds the lock in {Path}.");
        holder["Expires"] = expires.ToString("O", CultureInfo.InvariantCulture);
        File.WriteAllText(Path + ".test.tmp", document.ToJsonString());
        File.Move(Path + ".test.tmp", Path, overwrite: true);
    }

    private JsonNode? Read()
    {
        try
        {
            return File.Exists(Path) ? JsonNode.Parse(File.ReadAllText(Path)) : null;
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }
}
