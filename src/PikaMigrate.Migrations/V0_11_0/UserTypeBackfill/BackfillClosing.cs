using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>B1's closing block: the guide's "Migration complete!" and statistics, then what its script did not have.</summary>
internal static class BackfillClosing
{
    public static IReadOnlyList<ClosingLine> Lines(StepOutcome outcome, BackfillDetails details)
    {
        var lines = new List<ClosingLine> { new(string.Empty) };
        if (outcome.Succeeded)
        {
            lines.Add(ClosingLine.Success("✅ Migration complete!"));
        }
        else
        {
            lines.Add(ClosingLine.Failure($"✗ Migration not complete: {outcome.Summary}."));
            lines.Add(new("  Run the same command again to finish the sessions it could not (already typed ones are skipped)."));
        }

        lines.Add(new("Statistics:"));
        foreach (var figure in outcome.Figures)
        {
            lines.Add(new(figure.Name switch
            {
                BackfillFigures.Skipped => $"  Skipped: {figure.Value} (already had user_type)",
                BackfillFigures.UsersMissing when figure.Value > 0 && details.MissingUsersFile is { } file => $"  {figure.Name}: {figure.Value} (ids in {file})",
                _ => $"  {figure.Name}: {figure.Value}",
            }));
        }

        lines.Add(new($"  Duration: {details.Seconds:0.0}s ({details.Requests.Total} DynamoDB requests, {details.Segments} segments{(details.Resumed ? ", resumed" : string.Empty)})"));
        lines.Add(new($"  Write rate ceiling: {details.WriteRate.Ceiling.Describe()}"));
        lines.AddRange(outcome.Failures.Select(failure => new ClosingLine($"  Failed: {failure}")));
        lines.Add(new(string.Empty));
        lines.Add(new(details switch
        {
            { IndexMirrored: false } => "Only DynamoDB was updated (PIKA_DOMAIN_ENDPOINT is not set): the session-changed stream copies user_type to OpenSearch as sessions change.",
            { KeywordTwinMirrored: true } => "OpenSearch: user_type and user_type_keyword were written to each updated session's document (no document was created).",
            _ => $"OpenSearch: user_type was written to each updated session's document; user_type_keyword was not, because it is not mapped as keyword yet. Run `{GuideSteps.A1.Info.Command}`, then `{GuideSteps.A2.Info.Command}`.",
        }));
        if (outcome.Figures.Any(f => f.Name == BackfillFigures.Errors && f.Value > 0))
        {
            lines.Add(new("Sessions with errors were left without user_type; nothing was defaulted for them."));
        }

        return lines;
    }
}
