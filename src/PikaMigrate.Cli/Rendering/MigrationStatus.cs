using PikaMigrate.Core.Ledger;
using PikaMigrate.Migrations;

namespace PikaMigrate.Cli.Rendering;

/// <summary>What the ledger holds for one migration.</summary>
internal sealed record MigrationStatus(MigrationEntry Entry, IReadOnlyList<StepRecord> Records, IReadOnlyList<KeyValuePair<string, string>> Checkpoints);
