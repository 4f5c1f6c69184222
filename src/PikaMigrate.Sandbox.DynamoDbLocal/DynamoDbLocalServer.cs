using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace PikaMigrate.Sandbox.DynamoDbLocal;

/// <summary>
/// Amazon's DynamoDB Local (<c>-sharedDb</c>) running on a loopback port: started here and stopped on dispose,
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

    /// <summary>Stops a detached server started by an earlier process.</summary>
    public static void Stop(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
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
            "-sharedDb",
            "-port", port.ToString(CultureInfo.InvariantCulture),
        };
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
        // setsid puts the JVM in its own session so it outlives this process and the terminal it ran in.
        var command = new StringBuilder("exec setsid ").Append(Quote(installation.JavaExecutable));
        foreach (var arg in ServerArguments(installation, options, port))
        {
            command.Append(' ').Append(Quote(arg));
        }

        var log = options.LogFile is null ? "/dev/null" : Quote(Path.GetFullPath(options.LogFile));
        var info = new ProcessStartInfo("/bin/sh")
        {
            WorkingDirectory = installation.JarDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add($"( {command} >>{log} 2>&1 </dev/null & echo $! )");
        using var shell = Process.Start(info) ?? throw new DynamoDbLocalException("Could not start /bin/sh.");
        var pidText = shell.StandardOutput.ReadLine();
        shell.WaitForExit();
        if (!int.TryParse(pidText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid))
        {
            throw new DynamoDbLocalException($"Could not start DynamoDB Local detached (the shell printed '{pidText}').");
        }

        return new DynamoDbLocalServer(port, pid, null, new OutputTail());
    }

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

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
