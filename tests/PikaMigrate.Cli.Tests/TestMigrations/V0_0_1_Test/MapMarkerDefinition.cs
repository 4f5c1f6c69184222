using PikaMigrate.Core.Migrations;
using PikaMigrate.Migrations;

namespace PikaMigrate.Cli.Tests.TestMigrations.V0_0_1_Test;

/// <summary>T2, <c>os map-test-marker</c>: the marker field mapped as keyword in the session index.</summary>
public sealed class MapMarkerDefinition() : StepDefinition<MarkerSettings>(
    "T2",
    "map-test-marker",
    "Map the test marker in the session index",
    StoreKind.OpenSearch,
    "Test only: add test_marker (keyword) to the session index mapping.",
    StoreNeeds.OpenSearchOnly)
{
    public override Task<IMigrationStep> CreateAsync(PikaStores stores, MarkerSettings settings, MigrationOptions options, CancellationToken cancellationToken) =>
        Task.FromResult<IMigrationStep>(new MapMarkerStep(Info, stores.OpenSearch, stores.SessionIndex));
}
