using PikaMigrate.Core.Migrations;
using Spectre.Console;

using PikaMigrate.Cli.Infrastructure;

namespace PikaMigrate.Cli.Rendering;

/// <summary>Shows a step's plan: what would change, the counts behind it, and anything that blocks it.</summary>
internal static class PlanRendering
{
    public static void Render(StepPlan plan, CommandOutput output)
    {
        var mark = !plan.IsRunnable ? "[red]✗[/]" : plan.HasWork ? "[yellow]•[/]" : "[green]✓[/]";
        output.Human.MarkupLine($"{mark} {Markup.Escape($"{plan.Step.Id} {plan.Step.Name}: {plan.Summary}")}");
        foreach (var figure in plan.Figures)
        {
            output.Line($"    {figure.Name}: {figure.Value}");
        }

        foreach (var note in plan.Notes)
        {
            output.Line($"    {note}");
        }

        foreach (var blocker in plan.Blockers)
        {
            output.Human.MarkupLineInterpolated($"    [red]Blocked: {blocker.Problem}[/]");
            output.Human.MarkupLineInterpolated($"    Fix: {blocker.Fix}");
        }
    }

    /// <summary>Asks before writing; a console nobody can answer counts as declined (use --yes in scripts).</summary>
    public static bool Confirm(CommandOutput output, string question)
    {
        if (!output.IsInteractive)
        {
            output.Line("Not applied: nobody is at a terminal to confirm. Re-run with --yes to apply without a prompt.");
            return false;
        }

        return output.Human.Confirm(question, defaultValue: false);
    }
}
