using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Cli.Rendering;

/// <summary>What the ledger holds for one migration, beside its steps as declared (known without connecting).</summary>
/// <param name="StoresChanged">Why a succeeded step is pending again (a store it ran on was re-created), by step id.</param>
/// <param name="Unchecked">Stores whose identity could not be looked up, named with the step that ran on them.</param>
internal sealed record MigrationStatus(
    string Version,
    IReadOnlyList<StepInfo> Steps,
    IReadOnlyList<StepRecord> Records,
    IReadOnlyList<KeyValuePair<string, string>> Checkpoints,
    IReadOnlyDictionary<string, string> StoresChanged,
    IReadOnlyList<string> Unchecked);
