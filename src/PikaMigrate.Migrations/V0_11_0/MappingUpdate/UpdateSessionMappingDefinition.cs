using PikaMigrate.Core.Migrations;
using PikaMigrate.Migrations.Commands;

namespace PikaMigrate.Migrations.V0_11_0.MappingUpdate;

/// <summary>Guide step A1, <c>os update-session-mapping</c>: the twins added to the session index's mapping.</summary>
internal sealed class UpdateSessionMappingDefinition() : StepDefinition<WriteCommandSettings>(
    "A1",
    "update-session-mapping",
    "Add the keyword twins to the session mapping",
    StoreKind.OpenSearch,
    "Guide step A1: add invocation_mode_keyword, user_type_keyword and source_keyword (keyword) to the session index mapping.",
    StoreNeeds.OpenSearchOnly)
{
    public override Task<IMigrationStep> CreateAsync(PikaStores stores, WriteCommandSettings settings, MigrationOptions options, CancellationToken cancellationToken) =>
        Task.FromResult<IMigrationStep>(new UpdateSessionMappingStep(stores.OpenSearch, stores.SessionIndex));
}
