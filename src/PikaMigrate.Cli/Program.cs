using Microsoft.Extensions.DependencyInjection;
using PikaMigrate.Cli;
using PikaMigrate.Cli.Infrastructure;
using PikaMigrate.Migrations;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops the run cleanly (checkpoints written so far stay valid); a second one kills it.
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};

var app = CommandLine.Create(Terminal.FromProcess(), new ServiceCollection(), MigrationCatalog.Default);
return await app.RunAsync(args, cancellation.Token);
