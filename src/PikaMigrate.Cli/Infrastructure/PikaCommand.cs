using PikaMigrate.Core;
using PikaMigrate.Core.Configuration;
using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Locking;
using PikaMigrate.Core.Running;
using PikaMigrate.Migrations;
using PikaMigrate.Migrations.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PikaMigrate.Cli.Infrastructure;

/// <summary>
/// The shared frame of every command: loads the env file, turns a <see cref="PreflightException"/> (or any error
/// before the first write) into the problem, its fix and exit 2, a held lock into exit 3, and a cancelled run (Ctrl+C,
/// SIGTERM, SIGHUP) into exit 130. Error lines go to stderr.
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
            ErrorFrame.Preflight(e, output.Json ? output : null, Terminal, NothingWritten(e));
            return ExitCodes.Preflight;
        }
        catch (LockHeldException e)
        {
            ErrorFrame.Stopped(
                output,
                Terminal,
                new { problem = e.Message, holder = e.Holder },
                e.Message,
                "  Wait for it to finish (pika-migrate status shows it). A run of another machine that was killed leaves a lease that expires by itself 60 s after its last heartbeat.");
            return ExitCodes.Locked;
        }
        catch (LockLostException e)
        {
            ErrorFrame.Stopped(output, Terminal, new { problem = e.Message, lockLost = true }, e.Message);
            return ExitCodes.Locked;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            var interrupted = WritesStarted ? "Interrupted. Run the same command again to resume." : "Interrupted before anything was written.";
            if (output.Json)
            {
                output.WriteJson(new { error = new { problem = interrupted, interrupted = true } });
            }

            Terminal.CreateErrorConsole().WriteLine(interrupted);
            return ExitCodes.Cancelled;
        }
        catch (LedgerUnreachableException e) when (!WritesStarted)
        {
            ErrorFrame.Preflight(new PreflightException(e.Message, e.Fix), output.Json ? output : null, Terminal, ErrorFrame.NothingWritten);
            return ExitCodes.Preflight;
        }
        catch (Exception e) when (e is not OperationCanceledException && !WritesStarted)
        {
            // Nothing has been written yet, so whatever stopped the run is the environment's: bad input, exit 2.
            ErrorFrame.Preflight(
                new PreflightException(
                    $"The command stopped before writing anything: {e.Message}",
                    "Check that the stores named above are reachable and that the credentials allow the calls the command makes (README: IAM permissions), then run it again."),
                output.Json ? output : null,
                Terminal,
                ErrorFrame.NothingWritten);
            return ExitCodes.Preflight;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A store failing mid-run (after the first write): the run stops; checkpoints written so far stay valid.
            ErrorFrame.Stopped(
                output,
                Terminal,
                new { problem = e.Message, type = e.GetType().Name },
                $"The run stopped: {e.Message}",
                "  Run the same command again to resume from its last checkpoint; `pika-migrate status` shows where it stands.");
            return ExitCodes.Failed;
        }
    }

    /// <summary>True once the command may have written to the stores (a step has started applying).</summary>
    protected virtual bool WritesStarted => false;

    protected abstract Task<int> RunAsync(TSettings settings, CommandOutput output, CancellationToken cancellationToken);

    /// <summary>What to say of the stores after a preflight error (a migration may stop after earlier steps wrote).</summary>
    protected virtual string NothingWritten(PreflightException error) => ErrorFrame.NothingWritten;

    /// <summary>The validated configuration, from the env file and the environment.</summary>
    protected static PikaSettings LoadSettings(OpenSearchCommandSettings settings)
    {
        var envFile = EnvFile.Load(settings.EnvFile);
        return PikaSettingsReader.Read(envFile.Get, settings.Overrides, envFile.Description);
    }
}
