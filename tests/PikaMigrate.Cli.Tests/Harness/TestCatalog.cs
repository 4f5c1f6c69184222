using PikaMigrate.Migrations;

namespace PikaMigrate.Cli.Tests.Harness;

/// <summary>The migrations the in-process CLI runs with: the ones that ship, plus those only tests add.</summary>
internal static class TestCatalog
{
    public static MigrationCatalog All { get; } = MigrationCatalog.Default.With<TestMigrations.V0_0_1_Test.MarkerMigration>();
}
