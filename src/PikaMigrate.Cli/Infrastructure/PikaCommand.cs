using PikaMigrate.Cli.Settings;
using PikaMigrate.Core;
using PikaMigrate.Core.Configuration;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Infrastructure;

/// <summary>
/// The shared frame of every command: loads the env file, turns a <see cref="PreflightException"/> into the
/// problem, its fix and exit 2, and a cancelled run into exit 130.
/// </summary>
internal abstract class PikaCommand<TSettings>(Terminal terminal) : AsyncCommand<TSettings>
    where TSettings : PikaCommandSettings
{
    protected Terminal Terminal { get; } = terminal;

    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        var output = new CommandOutput(Terminal, settings.Json);
        try
        {
            return await RunAsync(settings, output, cancellationToken).ConfigureAwait(false);
        }
        catch (PreflightException e)
        {
            if (output.Json)
            {
                output.WriteJson(new { error = new { problem = e.Problem, fix = e.Fix } });
            }

            output.Human.MarkupLineInterpolated($"[red]✗ {e.Problem}[/]");
            output.Human.MarkupLineInterpolated($"  Fix: {e.Fix}");
            output.Line("  Nothing was written.");
            return ExitCodes.Preflight;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            output.Line("Interrupted. Run the same command again to resume.");
            return ExitCodes.Cancelled;
        }
    }

    protected abstract Task<int> RunAsync(TSettings settings, CommandOutput output, CancellationToken cancellationToken);

    /// <summary>The validated configuration, after reading the env file into the environment.</summary>
    protected static PikaSettings LoadSettings(StoreCommandSettings settings)
    {
        var envFile = EnvFile.Load(settings.EnvFile);
        return PikaSettingsReader.Read(envFile.Get, settings.Overrides, envFile.Description);
    }
}
