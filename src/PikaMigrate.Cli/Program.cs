using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using PikaMigrate.Cli;
using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Migrations;

using var cancellation = new CancellationTokenSource();

// Ctrl+C, SIGTERM (a CI runner or `kill` stopping the job) and SIGHUP (the terminal closing) stop the run cleanly: the
// checkpoints written so far stay valid and the lock is released. A second signal ends the process at once.
void Interrupt(PosixSignalContext signal)
{
    signal.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
}

using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
using var hangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Interrupt);

return await CommandLine.RunAsync(Terminal.FromProcess(), new ServiceCollection(), MigrationCatalog.Default, args, cancellation.Token);
