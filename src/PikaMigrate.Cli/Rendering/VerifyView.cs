using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Core.Running;
using Spectre.Console;

namespace PikaMigrate.Cli.Rendering;

/// <summary>The verdict: each check with its counts, examples and the command that mends it.</summary>
internal static class VerifyView
{
    public static void Render(VerifyResult verdict, CommandOutput output)
    {
        output.Line();
        output.Line($"Verify {verdict.Version}:");
        foreach (var check in verdict.Checks)
        {
            output.Human.MarkupLine($"{(check.Passed ? "[green]✓[/]" : "[red]✗[/]")} {Markup.Escape($"{check.Name}: {check.Summary}")}");
            if (!check.Passed && check.Examples.Count > 0)
            {
                output.Line($"    e.g. {string.Join(", ", check.Examples.Take(5))}");
            }

            if (!check.Passed && check.Fix is { } fix)
            {
                output.Line($"    Fix: {fix}");
            }
        }

        var failed = verdict.Checks.Count(c => !c.Passed);
        output.Line();
        output.Human.MarkupLine(verdict.Passed
            ? $"[green]✅ Fully migrated to {verdict.Version}: all {verdict.Checks.Count} checks hold.[/]"
            : $"[red]✗ Not fully migrated to {verdict.Version}: {failed} of {verdict.Checks.Count} checks fail.[/]");
    }

    public static object Json(VerifyResult verdict) => new { migration = verdict.Version, verdict.Passed, verdict.Checks };
}
