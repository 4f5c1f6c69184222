using System.ComponentModel;
using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Core;
using PikaMigrate.Core.Migrations;
using PikaMigrate.DynamoDb.Backfill;
using Spectre.Console;

namespace PikaMigrate.Cli.Commands.Ddb;

[Description("Guide step B1: set user_type on every chat session from its user in chat-user (external-user where the user is missing).")]
internal sealed class BackfillSessionMetadataCommand(Terminal terminal) : StepCommand<BackfillSessionMetadataSettings>(terminal)
{
    private const int MaxSegments = 1_000_000;

    private bool _openSearchConfigured;

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
        _openSearchConfigured = context.Settings.DomainEndpoint is not null;

        // The OpenSearch mirror (ISessionUserTypeIndexWriter) is handed to the step here once the OpenSearch half is
        // wired; until then only DynamoDB is written, and RenderOutcome says so.
        return new SessionUserTypeBackfill(context.DynamoDb, new BackfillOptions
        {
            SessionTable = sessionTable,
            UserTable = userTable,
            Stage = context.Settings.Stage,
            Project = context.Settings.Project,
            Segments = settings.Segments,
            ScanPageSize = settings.ScanPageSize,
            MissingUsersFile = settings.MissingUsersFile ?? $"missing-users-{sessionTable}.txt",
        });
    }

    /// <summary>The guide's closing block, then what the guide's script did not have.</summary>
    protected override void RenderOutcome(StepOutcome outcome, CommandOutput output)
    {
        var figures = outcome.Figures.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal);
        var details = outcome.Details as BackfillDetails;
        output.Line();
        if (outcome.Succeeded)
        {
            output.Human.MarkupLine("[green]✅ Migration complete![/]");
        }
        else
        {
            output.Human.MarkupLineInterpolated($"[red]✗ Migration not complete: {outcome.Summary}.[/]");
            output.Line("  Run the same command again to finish the sessions it could not (already typed ones are skipped).");
        }

        output.Line("Statistics:");
        foreach (var figure in outcome.Figures)
        {
            output.Line(figure.Name switch
            {
                BackfillFigures.Skipped => $"  Skipped: {figure.Value} (already had user_type)",
                BackfillFigures.UsersMissing when figure.Value > 0 && details?.MissingUsersFile is { } file => $"  {figure.Name}: {figure.Value} (ids in {file})",
                _ => $"  {figure.Name}: {figure.Value}",
            });
        }

        if (details is not null)
        {
            output.Line($"  Duration: {details.Seconds:0.0}s ({details.Requests.Total} DynamoDB requests, {details.Segments} segments{(details.Resumed ? ", resumed" : string.Empty)})");
        }

        foreach (var failure in outcome.Failures)
        {
            output.Line($"  Failed: {failure}");
        }

        output.Line();
        output.Line(_openSearchConfigured
            ? "OpenSearch not updated by this command (mirror arrives with the OpenSearch half)."
            : $"Only DynamoDB was updated (PIKA_DOMAIN_ENDPOINT is not set): the session-changed stream copies user_type to OpenSearch as sessions change.");
        if (figures.GetValueOrDefault(BackfillFigures.Errors) > 0)
        {
            output.Line("Sessions with errors were left without user_type; nothing was defaulted for them.");
        }
    }
}
