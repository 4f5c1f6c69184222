using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Core.Migrations;
using PikaMigrate.DynamoDb.Backfill;
using PikaMigrate.OpenSearch.Steps;
using Spectre.Console;

namespace PikaMigrate.Cli.Rendering;

/// <summary>A step's closing block, the guide's own where the step has one, whichever command ran the step.</summary>
internal static class OutcomeRendering
{
    public static void Render(StepOutcome outcome, CommandOutput output)
    {
        switch (outcome.Details)
        {
            case BackfillDetails backfill:
                BackfillOutcomeView.Render(outcome, backfill, output);
                break;
            case CopyToKeywordFieldsDetails copy:
                KeywordCopyOutcomeView.Render(outcome, copy, output);
                break;
            case MappingUpdateDetails:
                MappingUpdateOutcomeView.Render(outcome, output);
                break;
            default:
                Generic(outcome, output);
                break;
        }
    }

    private static void Generic(StepOutcome outcome, CommandOutput output)
    {
        output.Line();
        output.Human.MarkupLine(outcome.Succeeded
            ? $"[green]✅ {Markup.Escape(outcome.Summary)}[/]"
            : $"[red]✗ {Markup.Escape(outcome.Summary)}[/]");
        foreach (var figure in outcome.Figures)
        {
            output.Line($"  {figure.Name}: {figure.Value}");
        }

        foreach (var failure in outcome.Failures)
        {
            output.Line($"  Failed: {failure}");
        }
    }
}
