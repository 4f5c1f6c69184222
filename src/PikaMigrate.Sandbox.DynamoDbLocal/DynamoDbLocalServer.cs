using System.Diagnostics;
using System.Globalization;

namespace PikaMigrate.Sandbox.DynamoDbLocal;

/// <summary>
/// Amazon's DynamoDB Local (<c>-sharedDb</c> unless told otherwise) running on a loopback port: started here and stopped on dispose,
/// or started detached for the sandbox and stopped later by process id.
/// </summary>
public sealed class DynamoDbLocalServer : IAsyncDisposable
{
    private const int StartAttempts = 3;
    private readonly Process? _process;
    private readonly OutputTail _output;

    private DynamoDbLocalServer(int port, int processId, Process? process, OutputTail output)
    {
        Port = port;
        ProcessId = processId;
        _process = process;
        _output = output;
    }

    public int Port { get; }

    public int ProcessId { get; }

    public Uri Endpoint => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}");

    public static async Task<DynamoDbLocalServer> StartAsync(DynamoDbLocalOptions options, CancellationToken cancellationToken = default)
    {
        var installation = DynamoDbLocalInstallation.Locate();
        if (options.DataDirectory is not null)
        {
            Directory.CreateDirectory(options.DataDirectory);
        }

        DynamoDbLocalException? last = null;
        for (var attempt = 0; attempt < StartAttempts; attempt++)
        {
            var port = options.Port != 0 ? options.Port : FreeLoopbackPort.Next();
            var server = options.Detached
                ? StartDetached(installation, options, port)
                : StartAttached(installation, options, port);
            try
            {
                await server.WaitUntilReadyAsync(options.StartTimeout, cancellationToken).ConfigureAwait(false);
                return server;
            }
            catch (DynamoDbLocalException e) when (options.Port == 0)
            {
                // Another process may have taken the port between our probe and the JVM's bind: try another.
                last = e;
                await server.DisposeAsync().ConfigureAwait(false);
            }
        }

        throw last!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited meanwhile.
        }
        catch (TimeoutException)
        {
            // Killed; the OS reaps it.
        }

        _process.Dispose();
    }

    private static List<string> ServerArguments(DynamoDbLocalInstallation installation, DynamoDbLocalOptions options, int port)
    {
        var args = new List<string>
        {
            "-Djava.library.path=" + Path.Combine(installation.JarDirectory, "DynamoDBLocal_lib"),
            "-jar", installation.JarPath,
            "-port", port.ToString(CultureInfo.InvariantCulture),
        };
        if (options.SharedDb)
        {
            args.Add("-sharedDb");
        }

        if (options.DataDirectory is null)
        {
            args.Add("-inMemory");
        }
        else
        {
            args.Add("-dbPath");
            args.Add(Path.GetFullPath(options.DataDirectory));
        }

        return args;
    }

    private static DynamoDbLocalServer StartAttached(DynamoDbLocalInstallation installation, DynamoDbLocalOptions options, int port)
    {
        var info = new ProcessStartInfo(installation.JavaExecutable)
        {
            WorkingDirectory = installation.JarDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var arg in ServerArguments(installation, options, port))
        {
            info.ArgumentList.Add(arg);
        }

        var output = new OutputTail();
        var process = Process.Start(info) ?? throw new DynamoDbLocalException($"Could not start {installation.JavaExecutable}.");
        process.OutputDataReceived += (_, e) => output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => output.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new DynamoDbLocalServer(port, process.Id, process, output);
    }

    private static DynamoDbLocalServer StartDetached(DynamoDbLocalInstallation installation, DynamoDbLocalOptions options, int port)
    {
        var pid = DetachedProcess.Start([installation.JavaExecutable, .. ServerArguments(installation, options, port)], installation.JarDirectory, options.LogFile);
        return new DynamoDbLocalServer(port, pid, null, new OutputTail());
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process is { HasExited: true })
            {
                throw new DynamoDbLocalException(
                    $"DynamoDB Local exited with code {_process.ExitCode} while starting on port {Port}. Its output:\n{_output}");
            }

            try
            {
                // Any HTTP answer (DynamoDB Local says 400 to a bare GET) means it is listening.
                using var response = await http.GetAsync(Endpoint, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        throw new DynamoDbLocalException(
            $"DynamoDB Local did not answer on {Endpoint} within {timeout.TotalSeconds:0} s. Its output:\n{_output}");
    }
}
