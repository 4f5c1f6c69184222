using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Core.Migrations;
using Spectre.Console;

namespace PikaMigrate.Cli.Rendering;

/// <summary>A step's closing block, the step's own where it has one (<see cref="IClosingBlock"/>), whichever command ran the step.</summary>
internal static class OutcomeRendering
{
    public static void Render(StepOutcome outcome, CommandOutput output)
    {
        var lines = outcome.Details is IClosingBlock block ? block.ClosingLines(outcome) : Generic(outcome);
        foreach (var line in lines)
        {
            switch (line.Tone)
            {
                case LineTone.Success:
                    output.Human.MarkupLine($"[green]{Markup.Escape(line.Text)}[/]");
                    break;
                case LineTone.Failure:
                    output.Human.MarkupLine($"[red]{Markup.Escape(line.Text)}[/]");
                    break;
                default:
                    output.Line(line.Text);
                    break;
            }
        }
    }

    private static IReadOnlyList<ClosingLine> Generic(StepOutcome outcome) =>
    [
        new(string.Empty),
        outcome.Succeeded ? ClosingLine.Success($"✅ {outcome.Summary}") : ClosingLine.Failure($"✗ {outcome.Summary}"),
        .. outcome.Figures.Select(figure => new ClosingLine($"  {figure.Name}: {figure.Value}")),
        .. outcome.Failures.Select(failure => new ClosingLine($"  Failed: {failure}")),
    ];
}
