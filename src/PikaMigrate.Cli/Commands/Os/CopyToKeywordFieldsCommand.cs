using System.ComponentModel;
using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Core.Migrations;
using PikaMigrate.OpenSearch.Steps;
using Spectre.Console;

namespace PikaMigrate.Cli.Commands.Os;

[Description("Guide step A2: copy invocation_mode, user_type and source into their *_keyword fields (update_by_query task), then verify by counts.")]
internal sealed class CopyToKeywordFieldsCommand(Terminal terminal) : StepCommand<CopyToKeywordFieldsSettings>(terminal)
{
    protected override async Task<IMigrationStep> CreateStepAsync(StepCommandContext context, CopyToKeywordFieldsSettings settings, CancellationToken cancellationToken)
    {
        var client = await OpenSearchStepFactory.ConnectAsync(context, cancellationToken).ConfigureAwait(false);
        return new CopyToKeywordFieldsStep(client, context.Settings.SessionIndex, new CopyToKeywordFieldsOptions
        {
            ScrollSize = settings.ScrollSize,
            MaxRounds = settings.MaxRounds,
            RequestsPerSecond = settings.RequestsPerSecond,
        });
    }

    /// <summary>The guide's closing block, with the five samples replaced by counts over every document.</summary>
    protected override void RenderOutcome(StepOutcome outcome, CommandOutput output)
    {
        output.Line();
        output.Human.MarkupLine(outcome.Failures.Count == 0 ? "[green]✓ Update complete![/]" : "[red]✗ Update incomplete![/]");
        foreach (var figure in outcome.Figures)
        {
            output.Line($" - {figure.Name}: {figure.Value}");
        }

        foreach (var failure in outcome.Failures)
        {
            output.Line($"   Failed: {failure}");
        }

        if (outcome.Details is not CopyToKeywordFieldsDetails details)
        {
            return;
        }

        if (details.Rounds.Count > 1 || details.Rounds.Any(r => r.Reattached))
        {
            foreach (var round in details.Rounds)
            {
                output.Line($"   Round {round.Number}{(round.Reattached ? " (re-attached)" : string.Empty)}: task {round.TaskId ?? "-"}, {round.Figures.Total} documents, {round.Figures.Updated} updated, {round.Figures.VersionConflicts} version conflicts");
            }
        }

        output.Line();
        var verified = details.Verification.All(v => v.Holds);
        output.Human.MarkupLine(verified
            ? $"[green]✓ Verified by counts over all {details.Documents} documents:[/]"
            : $"[red]✗ Verification by counts over all {details.Documents} documents found documents not copied:[/]");
        foreach (var finding in details.Verification)
        {
            output.Line($"   {finding.Pair}: {finding.WithSource} documents with {finding.Pair.Source}, {finding.MissingTwin} without {finding.Pair.Twin}, {finding.DifferentTwin} with another value");
            var examples = finding.MissingExamples.Concat(finding.DifferentExamples).Distinct().Take(5).ToList();
            if (examples.Count > 0)
            {
                output.Line($"     e.g. {string.Join(", ", examples)}");
            }
        }

        output.Line();
        output.Human.MarkupLine(outcome.Succeeded
            ? "[green]✅ Field copy complete![/]"
            : $"[red]✗ Field copy incomplete: {Markup.Escape(outcome.Summary)}. Run the command again; already-copied documents are skipped.[/]");
    }
}
