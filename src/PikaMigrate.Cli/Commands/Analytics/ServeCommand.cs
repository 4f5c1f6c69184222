using System.ComponentModel;
using System.Runtime.InteropServices;
using PikaMigrate.Analytics.Dashboard;
using PikaMigrate.Cli.Infrastructure;
using Spectre.Console;

namespace PikaMigrate.Cli.Commands.Analytics;

[Description("Serve the Session Analytics dashboard on 127.0.0.1 until Ctrl+C: Pika 0.11's site-admin page, read-only, offline. It takes every option of `pika-migrate analytics` (see its --help): the filters it opens with, --entity-attribute, --env-file, --index.")]
internal sealed class ServeCommand(Terminal terminal) : PikaCommand<ServeSettings>(terminal)
{
    protected override async Task<int> RunAsync(ServeSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        // A domain that does not answer or an index that is not there is exit 2 here, not a broken page later.
        using var connection = await AnalyticsConnection.OpenAsync(LoadSettings(settings), TimeProvider.System, cancellationToken).ConfigureAwait(false);
        var analytics = connection.Service;
        var readiness = await analytics.CheckReadinessAsync(cancellationToken).ConfigureAwait(false);

        // SIGTERM stops it like Ctrl+C.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.Cancel();
        });
        await using var server = await DashboardServer.StartAsync(
            analytics, new DashboardOptions { Port = settings.Port, EntityAttributeName = settings.EntityAttribute }, cancellationToken).ConfigureAwait(false);
        var link = server.LinkTo(settings.Request(analytics.Today));
        if (output.Json)
        {
            output.WriteJson(new { address = server.Address, url = link, index = analytics.Index, readiness.Ready });
        }

        output.Line($"Session Analytics dashboard for index '{analytics.Index}' ({readiness.Sessions:N0} sessions at {connection.Endpoint}):");
        output.Line($"  {link}");
        foreach (var warning in readiness.Warnings)
        {
            // The message names the step and the command that mends it.
            output.Human.MarkupLineInterpolated($"[yellow]! {warning.Message}[/]");
        }

        // Not cut short by Ctrl+C: the opener answers within seconds, and its verdict is worth printing; the server stops right after.
        if (settings.Open && await BrowserLauncher.OpenAsync(link, CancellationToken.None).ConfigureAwait(false) is { } failure)
        {
            output.Human.MarkupLineInterpolated($"[yellow]! Could not open a browser: {failure}. Open the address above yourself.[/]");
        }

        output.Line("Read-only; serving until Ctrl+C.");
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: the normal way to stop a server.
        }

        output.Line("Dashboard stopped.");
        return ExitCodes.Success;
    }
}
