using System.Diagnostics;
using System.Globalization;
using PikaMigrate.Sandbox.DynamoDbLocal;

namespace PikaMigrate.Sandbox.Lifecycle;

/// <summary>
/// Starts and stops the sandbox in the background: DynamoDB Local with its data under the sandbox directory,
/// and the OpenSearch-compatible engine as a detached <c>pika-migrate sandbox opensearch</c> process.
/// </summary>
/// <param name="directory">Where data, logs, state and the env file live.</param>
/// <param name="engineCommand">How to start this tool (e.g. <c>dotnet path/pika-migrate.dll</c>).</param>
public sealed class SandboxHost(string directory, IReadOnlyList<string> engineCommand)
{
    public string Directory { get; } = Path.GetFullPath(directory);

    public string EnvFilePath => Path.Combine(Directory, ".env.local");

    /// <summary>The running sandbox, or null when it is down (a stale state file is removed).</summary>
    public SandboxState? Current()
    {
        var state = SandboxState.Read(Directory);
        if (state is null)
        {
            return null;
        }

        if (DetachedProcess.IsAlive(state.DynamoDbProcessId) && DetachedProcess.IsAlive(state.OpenSearchProcessId))
        {
            return state;
        }

        Stop(state);
        return null;
    }

    public async Task<SandboxState> UpAsync(CancellationToken cancellationToken)
    {
        if (Current() is { } running)
        {
            return running;
        }

        System.IO.Directory.CreateDirectory(Directory);
        var dynamo = await DynamoDbLocalServer.StartAsync(new DynamoDbLocalOptions
        {
            DataDirectory = Path.Combine(Directory, "dynamodb"),
            Detached = true,
            LogFile = Path.Combine(Directory, "dynamodb.log"),
        }, cancellationToken).ConfigureAwait(false);

        var port = FreePort();
        var pid = DetachedProcess.Start(
            [.. engineCommand, "sandbox", "opensearch", "--port", port.ToString(CultureInfo.InvariantCulture), "--data-dir", Path.Combine(Directory, "opensearch")],
            Directory,
            Path.Combine(Directory, "opensearch.log"));
        var state = new SandboxState(dynamo.Port, dynamo.ProcessId, port, pid, DateTimeOffset.UtcNow);
        try
        {
            await WaitForEngineAsync(state, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Stop(state);
            throw;
        }

        state.Write(Directory);
        state.Endpoints.WriteEnvFile(EnvFilePath);
        return state;
    }

    /// <returns>False when nothing was running.</returns>
    public bool Down()
    {
        var state = SandboxState.Read(Directory);
        if (state is null)
        {
            return false;
        }

        Stop(state);
        return true;
    }

    private void Stop(SandboxState state)
    {
        DetachedProcess.Stop(state.OpenSearchProcessId);
        DetachedProcess.Stop(state.DynamoDbProcessId);
        SandboxState.Delete(Directory);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitForEngineAsync(SandboxState state, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (!DetachedProcess.IsAlive(state.OpenSearchProcessId))
            {
                break;
            }

            try
            {
                using var response = await http.GetAsync(state.Endpoints.OpenSearch, cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(150, cancellationToken).ConfigureAwait(false);
        }

        var log = Path.Combine(Directory, "opensearch.log");
        throw new InvalidOperationException(
            $"The sandbox OpenSearch engine did not start on port {state.OpenSearchPort}. Its log ({log}):\n"
            + (File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(30)) : "(empty)"));
    }
}
