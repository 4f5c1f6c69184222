using PikaMigrate.Core;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Migrations.V0_11_0;

namespace PikaMigrate.Migrations;

/// <summary>The migrations this tool knows; a new Pika upgrade adds one entry and its own folder.</summary>
public static class MigrationCatalog
{
    public static IReadOnlyList<MigrationEntry> All { get; } =
    [
        new(SessionAnalyticsMigration.VersionNumber, SessionAnalyticsMigration.StepsInOrder, (stores, options) => new SessionAnalyticsMigration(stores, options)),
    ];

    /// <exception cref="PreflightException">No migration has that version.</exception>
    public static MigrationEntry Find(string version) =>
        All.FirstOrDefault(m => m.Version == version.TrimStart('v'))
        ?? throw new PreflightException(
            $"There is no migration to Pika {version}.",
            $"Known migrations: {string.Join(", ", All.Select(m => m.Version))}.");
}
