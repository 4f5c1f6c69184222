using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Cli.Rendering;

/// <summary>What the ledger holds for one migration, beside its steps as declared (known without connecting).</summary>
internal sealed record MigrationStatus(string Version, IReadOnlyList<StepInfo> Steps, IReadOnlyList<StepRecord> Records, IReadOnlyList<KeyValuePair<string, string>> Checkpoints);
