using System.ComponentModel;
using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Cli.Rendering;
using PikaMigrate.Migrations;

namespace PikaMigrate.Cli.Commands.Migration;

[Description("Checks both stores: mapping types, keyword twins, user_type everywhere and in agreement, original content unchanged. Exit 0 only when fully migrated.")]
internal sealed class VerifyCommand(Terminal terminal) : PikaCommand<MigrationSettings>(terminal)
{
    protected override async Task<int> RunAsync(MigrationSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        using var session = await MigrationSession.OpenAsync(LoadSettings(settings), settings.Version, settings, new MigrationOptions(), cancellationToken).ConfigureAwait(false);
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
