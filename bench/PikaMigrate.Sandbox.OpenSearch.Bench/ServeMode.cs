using System.Runtime.InteropServices;

namespace PikaMigrate.Sandbox.OpenSearch.Bench;

/// <summary>An engine with its default options (1 s refresh, in memory) for a bench in another process to drive.</summary>
internal static class ServeMode
{
    public static async Task RunAsync(int port)
    {
        await using var server = await OpenSearchEngineServer.StartAsync(new EngineOptions { Port = port });
        var stopped = new TaskCompletionSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var heap = PosixSignalRegistration.Create(PosixSignal.SIGHUP, context =>
        {
            context.Cancel = true;
            Heap.Print("now");
        });
        Console.WriteLine($"Engine at {server.Endpoint} (pid {Environment.ProcessId}); SIGHUP prints its managed heap, SIGTERM stops it.");
        await stopped.Task;

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stopped.TrySetResult();
        }
    }
}
