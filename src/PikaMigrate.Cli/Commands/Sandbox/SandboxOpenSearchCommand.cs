using System.ComponentModel;
using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;
using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Sandbox.OpenSearch;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Commands.Sandbox;

[Description("Serve the OpenSearch-compatible engine on 127.0.0.1 in the foreground until interrupted (sandbox up runs it in the background).")]
internal sealed class SandboxOpenSearchCommand(Terminal terminal) : AsyncCommand<SandboxOpenSearchSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SandboxOpenSearchSettings settings, CancellationToken cancellationToken)
    {
        // SIGTERM (how the sandbox stops it) ends the run like Ctrl+C, so the engine writes its snapshot before exiting.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.Cancel();
        });
        using var loggers = LoggerFactory.Create(logging => logging
            .SetMinimumLevel(LogLevel.Information)
            .AddFilter("Microsoft", LogLevel.Warning)
            .AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.TimestampFormat = "HH:mm:ss ";
            }));
        await using var server = await OpenSearchEngineServer.StartAsync(new EngineOptions
        {
            Port = settings.Port,
            DataDirectory = settings.DataDirectory,
            LoggerFactory = loggers,
        }, stop.Token).ConfigureAwait(false);
        terminal.StandardOutput.WriteLine($"OpenSearch-compatible engine listening on {server.Endpoint} "
            + (settings.DataDirectory is null ? "(in memory)" : $"(data in {Path.GetFullPath(settings.DataDirectory)})") + "; Ctrl+C to stop.");
        terminal.StandardOutput.Flush();
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Interrupted: dispose below stops listening and persists.
        }

        terminal.StandardOutput.WriteLine("Stopping the engine.");
        return ExitCodes.Success;
    }
}
