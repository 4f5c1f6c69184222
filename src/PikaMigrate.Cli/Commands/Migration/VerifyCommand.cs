using System.ComponentModel;
using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Cli.Rendering;
using PikaMigrate.Migrations;

namespace PikaMigrate.Cli.Commands.Migration;

[Description("Read-only: every check of the migration's steps on the stores, and their original content unchanged. Exit 0 only when fully migrated.")]
internal sealed class VerifyCommand(Terminal terminal, MigrationCatalog catalog) : PikaCommand<MigrationSettings>(terminal)
{
    protected override async Task<int> RunAsync(MigrationSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        using var session = await MigrationSession.OpenAsync(catalog, LoadSettings(settings), settings.Version, settings, new MigrationOptions(), cancellationToken).ConfigureAwait(false);
        session.DescribeEnvironment(output);
        var verdict = await TerminalRunObserver.RunAsync(
            output,
            announceSteps: false,
            observer => session.Runner.VerifyAsync(session.Migration, observer, cancellationToken)).ConfigureAwait(false);
        if (output.Json)
        {
            output.WriteJson(VerifyView.Json(verdict));
        }

        VerifyView.Render(verdict, output);
        return verdict.Passed ? ExitCodes.Success : ExitCodes.Failed;
    }
}
