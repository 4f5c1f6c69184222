using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Core.Migrations;
using PikaMigrate.OpenSearch.Steps;
using Spectre.Console;

namespace PikaMigrate.Cli.Rendering;

/// <summary>A2's closing block: the guide's figures, with its five samples replaced by counts over every document.</summary>
internal static class KeywordCopyOutcomeView
{
    public static void Render(StepOutcome outcome, CopyToKeywordFieldsDetails details, CommandOutput output)
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

        if (details.Rounds.Count > 1 || details.Rounds.Any(r => r.Reattached))
        {
            foreach (var round in details.Rounds)
            {
                output.Line($"   Round {round.Number}{(round.Reattached ? " (re-attached)" : string.Empty)}: task {round.TaskId ?? "-"}, {round.Figures.Total} documents, {round.Figures.Updated} updated, {round.Figures.VersionConflicts} version conflicts");
            }
        }

        output.Line();
        output.Human.MarkupLine(details.Verification.All(v => v.Holds)
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
