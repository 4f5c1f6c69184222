using System.ComponentModel;
using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Cli.Rendering;
using PikaMigrate.Migrations;

namespace PikaMigrate.Cli.Commands.Migration;

[Description("Read-only: preflight (configuration, credentials, tables, index, mapping) and what each step would change, in counts.")]
internal sealed class PlanCommand(Terminal terminal, MigrationCatalog catalog) : PikaCommand<MigrationSettings>(terminal)
{
    protected override async Task<int> RunAsync(MigrationSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        using var session = await MigrationSession.OpenAsync(catalog, LoadSettings(settings), settings.Version, settings, new MigrationOptions(), cancellationToken).ConfigureAwait(false);
        session.DescribeEnvironment(output);
        var backups = await session.ReadBackupsAsync(cancellationToken).ConfigureAwait(false);
        BackupView.Render(backups, output);
        var plan = await TerminalRunObserver.RunAsync(
            output,
            announceSteps: false,
            observer => session.Runner.PlanAsync(session.Migration, observer, cancellationToken)).ConfigureAwait(false);
        if (output.Json)
        {
            output.WriteJson(MigrationPlanView.Json(plan, backups));
        }

        MigrationPlanView.Render(plan, output);
        return plan.IsRunnable ? ExitCodes.Success : plan.LockHolder is not null ? ExitCodes.Locked : ExitCodes.Preflight;
    }
}
