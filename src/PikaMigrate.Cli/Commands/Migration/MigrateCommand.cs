using System.ComponentModel;
using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Cli.Rendering;
using PikaMigrate.Core;
using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Running;
using PikaMigrate.DynamoDb.Backups;
using PikaMigrate.Migrations;
using PikaMigrate.Migrations.Commands;
using Spectre.Console;

namespace PikaMigrate.Cli.Commands.Migration;

[Description("Runs every step of the migration in its safe order (plan shows it), resumable and one run at a time, then verifies.")]
internal sealed class MigrateCommand(Terminal terminal, MigrationCatalog catalog) : PikaCommand<MigrateSettings>(terminal)
{
    private TerminalRunObserver? _run;

    protected override async Task<int> RunAsync(MigrateSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        if (settings.OutputDirectory is { } outputDirectory && !Directory.Exists(outputDirectory))
        {
            throw new PreflightException($"--output-dir {outputDirectory} is not an existing directory.", "Create it first, or pass a directory that exists.");
        }

        var options = new MigrationOptions { OutputDirectory = settings.OutputDirectory ?? ".", MaxWriteRate = settings.MaxWriteRate };
        using var session = await MigrationSession.OpenAsync(catalog, LoadSettings(settings), settings.Version, settings, options, cancellationToken).ConfigureAwait(false);
        session.DescribeEnvironment(output);
        var backups = await session.ReadBackupsAsync(cancellationToken).ConfigureAwait(false);
        BackupView.Render(backups, output);
        if (settings.Backup && backups.EndpointHasNoBackups)
        {
            throw new PreflightException(
                "--backup cannot take a backup here: this DynamoDB endpoint does not implement backups (UnknownOperationException, as DynamoDB Local answers).",
                "Run without --backup at this endpoint; against AWS, --backup takes an on-demand backup of each changed table before the first write.");
        }

        MigrationPlan? plan = null;
        if (settings.DryRun || !settings.Yes)
        {
            plan = await TerminalRunObserver.RunAsync(
                output,
                announceSteps: false,
                observer => session.Runner.PlanAsync(session.Migration, observer, cancellationToken)).ConfigureAwait(false);
            MigrationPlanView.Render(plan, output);
            if (settings.DryRun || !plan.IsRunnable)
            {
                if (output.Json)
                {
                    output.WriteJson(new { dryRun = settings.DryRun, plan = MigrationPlanView.Json(plan, backups) });
                }

                return plan.IsRunnable ? ExitCodes.Success : plan.LockHolder is not null ? ExitCodes.Locked : ExitCodes.Preflight;
            }

            if (!PlanRendering.Confirm(output, $"Migrate to {session.Migration.Version}?"))
            {
                if (output.Json)
                {
                    output.WriteJson(new { dryRun = false, applied = false, plan = MigrationPlanView.Json(plan, backups) });
                }

                return ExitCodes.Cancelled;
            }
        }

        IReadOnlyList<TableBackup> taken = [];
        var records = await session.Ledger.Ledger.ReadAsync(session.Migration.Version, cancellationToken).ConfigureAwait(false);
        var willWrite = session.Migration.Steps.Any(step => records.FirstOrDefault(r => r.StepId == step.Info.Id)?.State != StepState.Succeeded);
        if (settings.Backup && !willWrite)
        {
            output.Line("No backup taken: every step is done, so this run writes nothing.");
        }
        else if (settings.Backup)
        {
            output.Line("Taking an on-demand backup before the first write (this waits until it is available)...");
            taken = await session.BackUpAsync(cancellationToken).ConfigureAwait(false);
            BackupView.RenderTaken(taken, output);
        }

        var result = await TerminalRunObserver.RunAsync(
            output,
            announceSteps: true,
            observer =>
            {
                _run = observer;
                return session.Runner.RunAsync(session.Migration, CommandLine, observer, cancellationToken);
            }).ConfigureAwait(false);
        if (output.Json)
        {
            output.WriteJson(new
            {
                migration = result.Version,
                result.Succeeded,
                plan = plan is null ? null : MigrationPlanView.Json(plan, backups),
                steps = result.Steps.Select(s => new { step = StepView.Step(s.Step), status = s.Status, rerun = s.Rerun, outcome = s.Outcome is null ? null : StepView.Outcome(s.Outcome) }),
                verification = result.Verification is null ? null : VerifyView.Json(result.Verification),
                ledger = session.Ledger.Description,
                next = result.Succeeded ? session.Definition.NextSteps : null,
            });
        }

        if (result.Verification is { } verdict)
        {
            VerifyView.Render(verdict, output);
            if (result.Succeeded && session.Definition.NextSteps.Count > 0)
            {
                output.Line();
                foreach (var line in session.Definition.NextSteps)
                {
                    output.Line(line);
                }
            }
        }
        else if (result.Steps.FirstOrDefault(s => !s.Succeeded) is { } stopped)
        {
            Terminal.CreateErrorConsole().MarkupLineInterpolated($"[red]✗ Stopped at {stopped.Step.Id} {stopped.Step.Name}: {stopped.Outcome?.Summary}. Later steps did not run; run `{CommandLine}` again to resume.[/]");
        }

        return result.Succeeded ? ExitCodes.Success : ExitCodes.Failed;
    }

    protected override bool WritesStarted => _run is { StepStarted: true };

    // The ledger, the lock or a baseline can stop the run before any step starts: then nothing was written.
    protected override string NothingWritten(PreflightException error) => WritesStarted
        ? "  Steps finished before this one stay recorded (pika-migrate status); the step that stopped wrote nothing."
        : base.NothingWritten(error);
}
