using PikaMigrate.Core.Migrations;
using PikaMigrate.Migrations;

namespace PikaMigrate.Cli.Tests.TestMigrations.V0_0_1_Test;

/// <summary>
/// A migration only tests know, added the way the next Pika upgrade will be: this folder and one catalog line. One
/// step on each store: a marker attribute on every chat session, and the marker field mapped in the session index.
/// </summary>
public sealed class MarkerMigration : MigrationDefinition
{
    public const string Marker = "test_marker";

    public override string Version => "0.0.1-test";

    public override string Title => "Test only: a marker on every chat session and in the session mapping";

    public override IReadOnlyList<StepDefinition> Steps { get; } = [new StampSessionsDefinition(), new MapMarkerDefinition()];

    /// <summary>Adds only what it checks; it keeps no additive-only baseline.</summary>
    public override IEnumerable<IStoreBaseline> Baselines(PikaStores stores) => [];
}
