using PikaMigrate.Core;
using PikaMigrate.Core.Configuration;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Migrations.Commands;
using PikaMigrate.Migrations.V0_11_0.UserTypeMirror;

namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>
/// Guide step B1, <c>ddb backfill-session-metadata</c>: user_type on every chat session, mirrored into the session
/// documents when OpenSearch is configured. The one place B1 is composed, for <c>migrate</c> and for its command.
/// </summary>
internal sealed class BackfillSessionMetadataDefinition() : StepDefinition<BackfillSessionMetadataSettings>(
    "B1",
    "backfill-session-metadata",
    "Set user_type on every chat session from its user in chat-user",
    StoreKind.DynamoDb,
    "Guide step B1: set user_type on every chat session from its user in chat-user (external-user where the user is missing).",
    new StoreNeeds([PikaTables.ChatSession, PikaTables.ChatUser], OpenSearchUse.WhenConfigured))
{
    public override bool TakesOwnBaseline => true;

    public override async Task<IMigrationStep> CreateAsync(
        PikaStores stores, BackfillSessionMetadataSettings settings, MigrationOptions options, CancellationToken cancellationToken)
    {
        if (settings.MissingUsersFile is { } file && Directory.Exists(file))
        {
            throw new PreflightException($"--missing-users-file {file} is a directory.", "Name a file (created, or emptied, by the run) in a writable folder.");
        }

        var sessionTable = stores.Table(PikaTables.ChatSession);
        var backfill = new BackfillOptions
        {
            SessionTable = sessionTable,
            UserTable = stores.Table(PikaTables.ChatUser),
            Stage = stores.Settings.Stage,
            Project = stores.Settings.Project,
            Segments = settings.Segments,
            ScanPageSize = settings.ScanPageSize,
            MaxWriteRate = settings.MaxWriteRate ?? options.MaxWriteRate,
            MissingUsersFile = settings.MissingUsersFile ?? Path.Combine(options.OutputDirectory, BackfillOptions.DefaultMissingUsersFile(sessionTable)),
        };
        if (!stores.HasOpenSearch)
        {
            return new SessionUserTypeBackfill(stores.DynamoDb, backfill);
        }

        // Mirror user_type into the sessions' documents, so the result does not wait on the stream or the Lambda.
        return new SessionUserTypeBackfill(
            stores.DynamoDb,
            backfill,
            await SessionUserTypeIndexWriter.CreateAsync(stores.OpenSearch, stores.SessionIndex, cancellationToken).ConfigureAwait(false),
            new SessionIndexReader(stores.OpenSearch, stores.SessionIndex));
    }
}
