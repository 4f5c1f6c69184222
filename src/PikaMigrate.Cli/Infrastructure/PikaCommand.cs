using PikaMigrate.Core;
using PikaMigrate.Core.Configuration;
using PikaMigrate.Core.Locking;
using PikaMigrate.Core.Running;
using PikaMigrate.Migrations;
using PikaMigrate.Migrations.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Infrastructure;

/// <summary>
/// The shared frame of every command: loads the env file, turns a <see cref="PreflightException"/> into the
/// problem, its fix and exit 2, a held lock into exit 3, and a cancelled run into exit 130.
/// </summary>
internal abstract class PikaCommand<TSettings>(Terminal terminal) : AsyncCommand<TSettings>
    where TSettings : PikaCommandSettings
{
    protected Terminal Terminal { get; } = terminal;

    /// <summary>The command line as typed (after the program name), e.g. for the lock holder's description.</summary>
    protected string CommandLine { get; private set; } = string.Empty;

    /// <summary>What the command was registered with (a step command's catalog step).</summary>
    protected object? Data { get; private set; }

    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        CommandLine = $"{StepCommandLine.Tool} {string.Join(' ', context.Arguments)}";
        Data = context.Data;
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
            output.Line(NothingWritten(e));
            return ExitCodes.Preflight;
        }
        catch (LockHeldException e)
        {
            if (output.Json)
            {
                output.WriteJson(new { error = new { problem = e.Message, holder = e.Holder } });
            }

            output.Human.MarkupLineInterpolated($"[red]✗ {e.Message}[/]");
            output.Line("  Wait for it to finish (pika-migrate status shows it), or, if that run was killed, for its lease to expire.");
            return ExitCodes.Locked;
        }
        catch (LockLostException e)
        {
            if (output.Json)
            {
                output.WriteJson(new { error = new { problem = e.Message, lockLost = true } });
            }

            output.Human.MarkupLineInterpolated($"[red]✗ {e.Message}[/]");
            return ExitCodes.Locked;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            const string Interrupted = "Interrupted. Run the same command again to resume.";
            if (output.Json)
            {
                output.WriteJson(new { error = new { problem = Interrupted, interrupted = true } });
            }

            output.Line(Interrupted);
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A store failing mid-run (after preflight): the run stops; checkpoints written so far stay valid.
            if (output.Json)
            {
                output.WriteJson(new { error = new { problem = e.Message, type = e.GetType().Name } });
            }

            output.Human.MarkupLineInterpolated($"[red]✗ The run stopped: {e.Message}[/]");
            output.Line("  Run the same command again to resume from its last checkpoint; `pika-migrate status` shows where it stands.");
            return ExitCodes.Failed;
        }
    }

    protected abstract Task<int> RunAsync(TSettings settings, CommandOutput output, CancellationToken cancellationToken);

    /// <summary>What to say of the stores after a preflight error (a migration may stop after earlier steps wrote).</summary>
    protected virtual string NothingWritten(PreflightException error) => "  Nothing was written.";

    /// <summary>The validated configuration, from the env file and the environment.</summary>
    protected static PikaSettings LoadSettings(OpenSearchCommandSettings settings)
    {
        var envFile = EnvFile.Load(settings.EnvFile);
        return PikaSettingsReader.Read(envFile.Get, settings.Overrides, envFile.Description);
    }
}
