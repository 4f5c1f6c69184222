using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Core.Migrations;
using Spectre.Console;

namespace PikaMigrate.Cli.Rendering;

/// <summary>A1's closing line (its confirmations were printed as it ran, as the guide's script does).</summary>
internal static class MappingUpdateOutcomeView
{
    public static void Render(StepOutcome outcome, CommandOutput output)
    {
        output.Line();
        if (outcome.Succeeded)
        {
            output.Human.MarkupLine("[green]✅ Mapping update complete![/]");
            return;
        }

        output.Human.MarkupLineInterpolated($"[red]✗ Mapping update incomplete: {outcome.Summary}[/]");
        foreach (var failure in outcome.Failures)
        {
            output.Line($"  - {failure}");
        }
    }
}
