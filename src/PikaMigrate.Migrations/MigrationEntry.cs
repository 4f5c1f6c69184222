using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Migrations;

/// <param name="Steps">The steps in run order, known without connecting to the stores.</param>
/// <param name="Create">Builds the migration over connected stores.</param>
public sealed record MigrationEntry(string Version, IReadOnlyList<StepInfo> Steps, Func<PikaStores, MigrationOptions, IMigration> Create);
