using PikaMigrate.Cli.Rendering;
using PikaMigrate.Cli.Settings;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Core.Running;

namespace PikaMigrate.Cli.Infrastructure;

/// <summary>
/// Runs one migration step as its own command: settings, then the step, then (unless --yes) its plan shown and
/// confirmed, then the ledger's lease lock, the step applied with live progress and its checkpoints, its outcome
/// recorded and rendered. --dry-run stops after the plan: nothing written, no ledger, no lock.
/// </summary>
internal abstract class StepCommand<TSettings>(Terminal terminal) : PikaCommand<TSettings>(terminal)
    where TSettings : WriteCommandSettings
{
    /// <summary>The migration the step belongs to; its ledger records and checkpoints are kept under it.</summary>
    protected virtual string Migration => "0.11.0";

    protected sealed override async Task<int> RunAsync(TSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        using var context = new StepCommandContext(LoadSettings(settings));
        var step = await CreateStepAsync(context, settings, cancellationToken).ConfigureAwait(false);
        var ledger = LedgerFactory.Open(settings.Ledger, context.Settings, () => context.DynamoDb, TimeProvider.System);

        StepPlan? plan = null;
        if (settings.DryRun || !settings.Yes)
        {
            var planContext = new StepContext(new Core.Checkpoints.ScopedCheckpointStore(ledger.Checkpoints, Migration, step.Info.Id), new PlainStepReporter(output));
            plan = await step.PlanAsync(planContext, cancellationToken).ConfigureAwait(false);
            if (settings.DryRun || !plan.IsRunnable)
            {
                if (output.Json)
                {
                    output.WriteJson(new { command = CommandLine, migration = Migration, dryRun = settings.DryRun, plan = StepView.Plan(plan) });
                }

                output.Line(settings.DryRun ? "Dry run: nothing will be written." : string.Empty);
                PlanRendering.Render(plan, output);
                return plan.IsRunnable ? ExitCodes.Success : ExitCodes.Preflight;
            }

            PlanRendering.Render(plan, output);
            if (!plan.HasWork)
            {
                output.Line("Nothing to change; applying anyway records the step and proves it idempotent.");
            }

            if (!PlanRendering.Confirm(output, $"Apply {step.Info.Id} {step.Info.Name}?"))
            {
                return ExitCodes.Cancelled;
            }
        }

        var runner = new MigrationRunner(ledger, TimeProvider.System);
        var result = await TerminalRunObserver.RunAsync(
            output,
            announceSteps: false,
            observer => runner.RunStepAsync(Migration, step, context.Baselines, CommandLine, observer, cancellationToken)).ConfigureAwait(false);
        var outcome = result.Outcome!;
        if (output.Json)
        {
            output.WriteJson(new
            {
                command = CommandLine,
                migration = Migration,
                dryRun = false,
                plan = plan is null ? null : StepView.Plan(plan),
                outcome = StepView.Outcome(outcome),
                ledger = ledger.Description,
            });
        }

        return outcome.Succeeded ? ExitCodes.Success : ExitCodes.Failed;
    }

    /// <summary>Builds the step; throws PreflightException for anything wrong (missing table or index, bad endpoint).</summary>
    protected abstract Task<IMigrationStep> CreateStepAsync(StepCommandContext context, TSettings settings, CancellationToken cancellationToken);
}
