using System.ComponentModel;
using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Core;
using PikaMigrate.Core.Migrations;
using PikaMigrate.DynamoDb.Audit;
using PikaMigrate.DynamoDb.Backfill;
using PikaMigrate.OpenSearch.Sessions;

namespace PikaMigrate.Cli.Commands.Ddb;

[Description("Guide step B1: set user_type on every chat session from its user in chat-user (external-user where the user is missing).")]
internal sealed class BackfillSessionMetadataCommand(Terminal terminal) : StepCommand<BackfillSessionMetadataSettings>(terminal)
{
    private const int MaxSegments = 1_000_000;

    protected override async Task<IMigrationStep> CreateStepAsync(
        StepCommandContext context, BackfillSessionMetadataSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Segments is < 1 or > MaxSegments)
        {
            throw new PreflightException(
                $"--segments {settings.Segments} is out of range.",
                $"Pass a number of parallel scan segments from 1 to {MaxSegments}, or leave it out for the default.");
        }

        if (settings.ScanPageSize is < 1)
        {
            throw new PreflightException(
                $"--scan-page-size {settings.ScanPageSize} is out of range.",
                "Pass a positive number of sessions per scan page, or leave it out for DynamoDB's 1 MB pages.");
        }

        var sessionTable = await context.ResolveTableAsync(context.Settings.SessionTable, cancellationToken).ConfigureAwait(false);
        var userTable = await context.ResolveTableAsync(context.Settings.UserTable, cancellationToken).ConfigureAwait(false);

        context.Baselines.Add(new SessionTableDigest(context.DynamoDb, sessionTable));
        var options = new BackfillOptions
        {
            SessionTable = sessionTable,
            UserTable = userTable,
            Stage = context.Settings.Stage,
            Project = context.Settings.Project,
            Segments = settings.Segments,
            ScanPageSize = settings.ScanPageSize,
            MissingUsersFile = settings.MissingUsersFile ?? BackfillOptions.DefaultMissingUsersFile(sessionTable),
        };
        if (context.Settings.DomainEndpoint is null)
        {
            return new SessionUserTypeBackfill(context.DynamoDb, options);
        }

        // Mirror user_type into the sessions' documents, so the result does not wait on the stream or the Lambda.
        var openSearch = await context.ConnectOpenSearchAsync(cancellationToken).ConfigureAwait(false);
        var index = context.Settings.SessionIndex;
        return new SessionUserTypeBackfill(
            context.DynamoDb,
            options,
            await SessionUserTypeIndexWriter.CreateAsync(openSearch, index, cancellationToken).ConfigureAwait(false),
            new SessionIndexReader(openSearch, index));
    }
}
