using PikaMigrate.Core.Migrations;
using PikaMigrate.DynamoDb.Audit;
using PikaMigrate.DynamoDb.Backfill;
using PikaMigrate.OpenSearch.Sessions;
using PikaMigrate.OpenSearch.Steps;

namespace PikaMigrate.Migrations.V0_11_0;

/// <summary>
/// Pika 0.11.0: keyword twins for the session analytics (guide Part A) and a user_type on every session (Part B).
/// The order is A1, B1, A2, not the guide's A1, A2, B1: B1 writes user_type and its keyword twin into each session's
/// document itself, so no session ends with user_type but no user_type_keyword whatever the stream and the Lambda
/// deploy did, and A2 then copies what the 0.10 Lambda indexed.
/// </summary>
public sealed class SessionAnalyticsMigration : IMigration
{
    public const string VersionNumber = "0.11.0";

    public SessionAnalyticsMigration(PikaStores stores, MigrationOptions options)
    {
        var backfill = new BackfillOptions
        {
            SessionTable = stores.SessionTable,
            UserTable = stores.UserTable,
            Stage = stores.Settings.Stage,
            Project = stores.Settings.Project,
            MissingUsersFile = Path.Combine(options.OutputDirectory, BackfillOptions.DefaultMissingUsersFile(stores.SessionTable)),
        };
        Steps =
        [
            new UpdateSessionMappingStep(stores.OpenSearch, stores.SessionIndex),

            // Built when it runs: whether it may write user_type_keyword depends on the mapping A1 leaves behind.
            new DeferredStep(SessionUserTypeBackfill.Step, async cancellationToken => new SessionUserTypeBackfill(
                stores.DynamoDb,
                backfill,
                await SessionUserTypeIndexWriter.CreateAsync(stores.OpenSearch, stores.SessionIndex, cancellationToken).ConfigureAwait(false),
                new SessionIndexReader(stores.OpenSearch, stores.SessionIndex))),
            new CopyToKeywordFieldsStep(stores.OpenSearch, stores.SessionIndex, new CopyToKeywordFieldsOptions()),
        ];
        Baselines =
        [
            new SessionTableDigest(stores.DynamoDb, stores.SessionTable),
            new SessionIndexDigest(stores.OpenSearch, stores.SessionIndex),
        ];
    }

    /// <summary>The steps in run order, known without connecting (for status).</summary>
    public static IReadOnlyList<StepInfo> StepsInOrder { get; } =
        [OpenSearch.Steps.StepInfos.UpdateSessionMapping, SessionUserTypeBackfill.Step, OpenSearch.Steps.StepInfos.CopyToKeywordFields];

    public string Version => VersionNumber;

    public string Title => "Session analytics: keyword twins in OpenSearch and a user_type on every chat session";

    public IReadOnlyList<IMigrationStep> Steps { get; }

    public IReadOnlyList<IStoreBaseline> Baselines { get; }
}
