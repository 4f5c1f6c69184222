using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Core.Running;
using PikaMigrate.Migrations;
using PikaMigrate.Migrations.Backups;
using Spectre.Console;

namespace PikaMigrate.Cli.Rendering;

/// <summary>What <c>migrate</c> would do, step by step, and whether it can start.</summary>
internal static class MigrationPlanView
{
    public static void Render(MigrationPlan plan, CommandOutput output)
    {
        output.Line($"Plan for {plan.Version} (nothing has been written):");
        foreach (var entry in plan.Steps)
        {
            if (entry.Plan is null)
            {
                output.Human.MarkupLineInterpolated($"[green]✓[/] {entry.Step.Id} {entry.Step.Name}: done {entry.Record?.Finished:yyyy-MM-dd HH:mm}Z ({entry.Record?.Summary}); will be skipped");
                continue;
            }

            if (entry.Rerun is { } reason)
            {
                output.Line($"↻ {entry.Step.Id} {entry.Step.Name}: recorded as done {entry.Record?.LastRan:yyyy-MM-dd HH:mm}Z, but {reason}; will run again:");
            }

            PlanRendering.Render(entry.Plan, output);
            if (entry.Rerun is null && entry.Record is { } record)
            {
                output.Line($"    Last run: {record.State.ToString().ToLowerInvariant()} {record.Started:yyyy-MM-dd HH:mm}Z by {record.RunBy}; it resumes from its checkpoint.");
            }
        }

        if (plan.LockHolder is { } holder)
        {
            output.Human.MarkupLineInterpolated($"[red]✗ Another run holds the lock: {holder}[/]");
        }

        output.Line();
        output.Line(plan switch
        {
            { IsRunnable: false } => "The migration cannot start as things stand (see above).",
            { HasWork: false } => "Every step is done; `migrate` would only verify.",
            _ => $"Run `{StepCommandLine.Migrate(plan.Version)}` to apply it ({plan.Ledger} records its progress).",
        });
    }

    /// <param name="backups">What the changed stores keep to restore from, read before the plan.</param>
    public static object Json(MigrationPlan plan, BackupStatus backups) => new
    {
        migration = plan.Version,
        backups,
        plan.IsRunnable,
        plan.HasWork,
        plan.Ledger,
        lockHolder = plan.LockHolder,
        steps = plan.Steps.Select(s => new
        {
            step = StepView.Step(s.Step),
            willRun = s.WillRun,
            rerun = s.Rerun,
            lastRun = s.Record is null ? null : new { state = s.Record.State, s.Record.Started, s.Record.Finished, s.Record.Summary },
            plan = s.Plan is null ? null : StepView.Plan(s.Plan),
        }),
    };
}
