using PikaMigrate.Core;

namespace PikaMigrate.Migrations;

/// <summary>
/// The migrations this tool knows. A new Pika upgrade is its own folder here and one line in <see cref="Shipped"/>;
/// everything else (plan, migrate, verify, status, the step commands) is derived from its definition.
/// </summary>
public sealed class MigrationCatalog
{
    private static readonly MigrationDefinition[] Shipped =
    [
        new V0_11_0.SessionAnalyticsMigration(),
    ];

    private MigrationCatalog(IReadOnlyList<MigrationDefinition> migrations)
    {
        if (migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1) is { } version)
        {
            throw new InvalidOperationException($"Two migrations claim version {version.Key}.");
        }

        if (migrations.SelectMany(m => m.Steps).GroupBy(s => s.Info.Command).FirstOrDefault(g => g.Count() > 1) is { } command)
        {
            throw new InvalidOperationException($"Two steps claim the command `{command.Key}`.");
        }

        Migrations = migrations;
    }

    /// <summary>The migrations that ship with the tool.</summary>
    public static MigrationCatalog Default { get; } = new(Shipped);

    public IReadOnlyList<MigrationDefinition> Migrations { get; }

    /// <summary>The highest version (a pre-release sorts below its release).</summary>
    public MigrationDefinition Latest => Migrations.MaxBy(m => Order(m.Version))!;

    /// <summary>This catalog and one more migration, e.g. one only tests know.</summary>
    public MigrationCatalog With<TMigration>()
        where TMigration : MigrationDefinition, new() => new([.. Migrations, new TMigration()]);

    /// <exception cref="PreflightException">No migration has that version.</exception>
    public MigrationDefinition Find(string version) =>
        Migrations.FirstOrDefault(m => m.Version == version.TrimStart('v'))
        ?? throw new PreflightException(
            $"There is no migration to Pika {version}.",
            $"Known migrations: {string.Join(", ", Migrations.Select(m => m.Version))}.");

    private static (Version Numbers, bool IsRelease) Order(string version)
    {
        var dash = version.IndexOf('-', StringComparison.Ordinal);
        var numbers = System.Version.TryParse(dash < 0 ? version : version[..dash], out var parsed) ? parsed : new Version();
        return (numbers, dash < 0);
    }
}
