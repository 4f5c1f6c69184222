using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Core.Migrations;
using PikaMigrate.DynamoDb.Backfill;
using Spectre.Console;

namespace PikaMigrate.Cli.Rendering;

/// <summary>B1's closing block: the guide's "Migration complete!" and statistics, then what its script did not have.</summary>
internal static class BackfillOutcomeView
{
    public static void Render(StepOutcome outcome, BackfillDetails details, CommandOutput output)
    {
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
                BackfillFigures.UsersMissing when figure.Value > 0 && details.MissingUsersFile is { } file => $"  {figure.Name}: {figure.Value} (ids in {file})",
                _ => $"  {figure.Name}: {figure.Value}",
            });
        }

        output.Line($"  Duration: {details.Seconds:0.0}s ({details.Requests.Total} DynamoDB requests, {details.Segments} segments{(details.Resumed ? ", resumed" : string.Empty)})");
        foreach (var failure in outcome.Failures)
        {
            output.Line($"  Failed: {failure}");
        }

        output.Line();
        output.Line(details switch
        {
            { IndexMirrored: false } => "Only DynamoDB was updated (PIKA_DOMAIN_ENDPOINT is not set): the session-changed stream copies user_type to OpenSearch as sessions change.",
            { KeywordTwinMirrored: true } => "OpenSearch: user_type and user_type_keyword were written to each updated session's document (no document was created).",
            _ => "OpenSearch: user_type was written to each updated session's document; user_type_keyword was not, because it is not mapped as keyword yet. Run `pika-migrate os update-session-mapping`, then `pika-migrate os copy-to-keyword-fields`.",
        });
        if (outcome.Figures.Any(f => f.Name == BackfillFigures.Errors && f.Value > 0))
        {
            output.Line("Sessions with errors were left without user_type; nothing was defaulted for them.");
        }
    }
}
