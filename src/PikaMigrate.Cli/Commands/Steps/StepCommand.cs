using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Cli.Rendering;
using PikaMigrate.Core.Checkpoints;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Core.Running;
using PikaMigrate.Migrations;
using PikaMigrate.Migrations.Commands;

namespace PikaMigrate.Cli.Commands.Steps;

/// <summary>
/// Runs one migration step as its own command, for every step of the catalog (<see cref="CatalogStep"/> is the
/// command's data): options checked, the step's stores connected, the step built, then (unless --yes) its plan
/// shown and confirmed, then the ledger's lease lock, the step applied with live progress and its checkpoints, its
/// outcome recorded and rendered. --dry-run stops after the plan: nothing written, no ledger, no lock.
/// </summary>
internal sealed class StepCommand<TSettings>(Terminal terminal) : PikaCommand<TSettings>(terminal)
    where TSettings : WriteCommandSettings, new()
{
    private TerminalRunObserver? _run;

    protected override bool WritesStarted => _run is { StepStarted: true };

    protected override async Task<int> RunAsync(TSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        var (migration, definition) = CatalogStep.Of<TSettings>(Data);
        var pika = LoadSettings(settings);
        using var stores = await PikaStores.ConnectAsync(pika, definition.Needs, cancellationToken).ConfigureAwait(false);
        var step = await definition.CreateAsync(stores, settings, new MigrationOptions(), cancellationToken).ConfigureAwait(false);
        var ledger = LedgerFactory.Open(settings.Ledger, pika, () => stores.DynamoDb, TimeProvider.System);
        var version = migration.Version;

        StepPlan? plan = null;
        if (settings.DryRun || !settings.Yes)
        {
            var planContext = new StepContext(new ScopedCheckpointStore(ledger.Checkpoints, version, step.Info.Id), new PlainStepReporter(output));
            plan = await step.PlanAsync(planContext, cancellationToken).ConfigureAwait(false);
            if (settings.DryRun || !plan.IsRunnable)
            {
                if (output.Json)
                {
                    output.WriteJson(new { command = CommandLine, migration = version, dryRun = settings.DryRun, plan = StepView.Plan(plan) });
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
                if (output.Json)
                {
                    output.WriteJson(new { command = CommandLine, migration = version, dryRun = false, applied = false, plan = StepView.Plan(plan) });
                }

                return ExitCodes.Cancelled;
            }
        }

        var runner = new MigrationRunner(ledger, TimeProvider.System);
        var result = await TerminalRunObserver.RunAsync(
            output,
            announceSteps: false,
            observer =>
            {
                _run = observer;
                return runner.RunStepAsync(version, step, stores.IdentityReaders(definition.Needs), [.. migration.Baselines(stores)], CommandLine, observer, cancellationToken);
            }).ConfigureAwait(false);
        var outcome = result.Outcome!;
        if (output.Json)
        {
            output.WriteJson(new
            {
                command = CommandLine,
                migration = version,
                dryRun = false,
                plan = plan is null ? null : StepView.Plan(plan),
                outcome = StepView.Outcome(outcome),
                ledger = ledger.Description,
            });
        }

        return outcome.Succeeded ? ExitCodes.Success : ExitCodes.Failed;
    }
}
