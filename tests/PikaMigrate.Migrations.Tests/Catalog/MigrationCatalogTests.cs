using PikaMigrate.Core;
using PikaMigrate.Core.Configuration;
using PikaMigrate.Migrations.V0_11_0;

namespace PikaMigrate.Migrations.Tests.Catalog;

/// <summary>What the catalog derives from each migration's one declaration: the commands, the order status shows, the order that runs.</summary>
public sealed class MigrationCatalogTests
{
    [Fact]
    public void The_guides_steps_keep_their_commands_in_the_order_migrate_runs_them()
    {
        var migration = MigrationCatalog.Default.Find("0.11.0");

        Assert.Equal(["A1", "B1", "A2"], migration.Steps.Select(s => s.Info.Id));
        Assert.Equal(
            ["pika-migrate os update-session-mapping", "pika-migrate ddb backfill-session-metadata", "pika-migrate os copy-to-keyword-fields"],
            migration.Steps.Select(s => s.Info.Command));
        Assert.All(migration.Steps, s => Assert.Equal(StepCommandLine.Of(s.Info.Store, s.Info.Name), s.Info.Command));
    }

    [Fact]
    public async Task The_migration_that_runs_has_the_declared_steps_in_the_declared_order()
    {
        var settings = new PikaSettings { Stage = "test", Project = "catalog" };
        foreach (var migration in MigrationCatalog.Default.Migrations)
        {
            // Nothing needed, nothing connected: composing builds no step until it runs.
            using var stores = await PikaStores.ConnectAsync(settings, new StoreNeeds([], OpenSearchUse.None), default);

            var composed = migration.Compose(stores, new MigrationOptions());

            Assert.Equal(migration.Version, composed.Version);
            Assert.Equal(migration.Steps.Select(s => s.Info), composed.Steps.Select(s => s.Info));
            Assert.Empty(composed.Baselines);
        }
    }

    [Fact]
    public void A_catalog_refuses_a_version_claimed_twice()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MigrationCatalog.Default.With<SessionAnalyticsMigration>());

        Assert.Contains("0.11.0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_version_is_refused_naming_the_known_ones()
    {
        var error = Assert.Throws<PreflightException>(() => MigrationCatalog.Default.Find("9.9.9"));

        Assert.Equal("There is no migration to Pika 9.9.9.", error.Problem);
        Assert.Equal("Known migrations: 0.11.0.", error.Fix);
        Assert.Same(MigrationCatalog.Default.Find("v0.11.0"), MigrationCatalog.Default.Latest);
    }
}
