using System.ComponentModel;
using System.Runtime.InteropServices;
using PikaMigrate.Analytics;
using PikaMigrate.Analytics.Dashboard;
using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.OpenSearch.Http;
using Spectre.Console;

namespace PikaMigrate.Cli.Commands.Analytics;

[Description("Serve the Session Analytics dashboard on 127.0.0.1 until Ctrl+C: Pika 0.11's site-admin page, read-only, offline.")]
internal sealed class ServeCommand(Terminal terminal) : PikaCommand<ServeSettings>(terminal)
{
    protected override async Task<int> RunAsync(ServeSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        var pika = LoadSettings(settings);
        using var client = OpenSearchClientFactory.Create(pika);
        var analytics = new SessionAnalyticsService(client, pika.SessionIndex, TimeProvider.System);

        // Before listening: a domain that does not answer or an index that is not there is exit 2, not a broken page.
        var readiness = await analytics.CheckReadinessAsync(cancellationToken).ConfigureAwait(false);

        // SIGTERM stops it like Ctrl+C.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.Cancel();
        });
        DashboardServer server;
        try
        {
            server = await DashboardServer.StartAsync(
                analytics, new DashboardOptions { Port = settings.Port, EntityAttributeName = settings.EntityAttribute }, cancellationToken).ConfigureAwait(false);
        }
        catch (AnalyticsRequestException e)
        {
            output.Human.MarkupLineInterpolated($"[red]✗ --entity-attribute: {e.Problem}[/]");
            return ExitCodes.Preflight;
        }

        await using var serving = server.ConfigureAwait(false);
        var link = server.LinkTo(analytics.DefaultRequest());
        if (output.Json)
        {
            output.WriteJson(new { address = server.Address, url = link, index = analytics.Index, ready = readiness.Ready });
        }

        output.Line($"Session Analytics for index '{analytics.Index}' ({readiness.Sessions:N0} sessions):");
        output.Line($"  {link}");
        foreach (var warning in readiness.Warnings)
        {
            // The message names the step and the command that mends it.
            output.Human.MarkupLineInterpolated($"[yellow]! {warning.Message}[/]");
        }

        if (settings.Open && await BrowserLauncher.OpenAsync(link, stop.Token).ConfigureAwait(false) is { } failure)
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
