using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Migrations.V0_11_0.KeywordCopy;

/// <summary>Guide step A2, <c>os copy-to-keyword-fields</c>: each field copied into its twin by an update_by_query task.</summary>
internal sealed class CopyToKeywordFieldsDefinition() : StepDefinition<CopyToKeywordFieldsSettings>(
    "A2",
    "copy-to-keyword-fields",
    "Copy invocation_mode, user_type and source into their keyword twins",
    StoreKind.OpenSearch,
    "Guide step A2: copy invocation_mode, user_type and source into their *_keyword fields (update_by_query task), then verify by counts.",
    StoreNeeds.OpenSearchOnly)
{
    public override Task<IMigrationStep> CreateAsync(PikaStores stores, CopyToKeywordFieldsSettings settings, MigrationOptions options, CancellationToken cancellationToken) =>
        Task.FromResult<IMigrationStep>(new CopyToKeywordFieldsStep(stores.OpenSearch, stores.SessionIndex, new CopyToKeywordFieldsOptions
        {
            ScrollSize = settings.ScrollSize,
            MaxRounds = settings.MaxRounds,
            RequestsPerSecond = settings.RequestsPerSecond,
        }));
}
