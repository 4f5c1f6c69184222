using System.Diagnostics;
using System.Text;

namespace PikaMigrate.Cli.Tests.Harness;

/// <summary>
/// The CLI as a process of its own, for what only a real process shows: a SIGKILL mid-run. Its output is collected
/// as it comes, so a test can wait for a moment in the run and print what the process said when it fails.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(10);
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private CliProcess(Process process)
    {
        _process = process;
    }

    public int Id => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <param name="workingDirectory">Where the run writes the files it names relative to its folder (e.g. the missing users).</param>
    /// <param name="environment">Variables to set in the child's environment; a null value removes one it would inherit.</param>
    public static CliProcess Start(IEnumerable<string> args, string? workingDirectory = null, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pika-migrate.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        var process = new Process { StartInfo = info };
        var child = new CliProcess(process);

        // Drain both pipes as lines arrive, so the child never blocks on a full one.
        process.OutputDataReceived += (_, e) => child.Append(e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Polls until <paramref name="condition"/> holds; fails, with the output so far, if the process ends first or time runs out.</summary>
    public async Task WaitUntilAsync(Func<Task<bool>> condition, string moment, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.False(_process.HasExited, $"The run ended (exit {(_process.HasExited ? _process.ExitCode : 0)}) before {moment}:\n{Output}");
            Assert.True(DateTime.UtcNow < deadline, $"Not {moment} within {timeout.TotalSeconds:0} s:\n{Output}");
            await Task.Delay(PollInterval);
        }
    }

    /// <summary>Waits for the run to end (and its output to be read to the end); fails, with the output, if time runs out.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"The run did not end within {timeout.TotalSeconds:0} s:\n{Output}");
        }

        return _process.ExitCode;
    }

    /// <summary>Sends a signal by name (e.g. TERM, HUP), as `kill` would; the run may handle it.</summary>
    public void Signal(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
        Assert.True(kill.ExitCode == 0, $"kill -{signal} {_process.Id} failed (exit {kill.ExitCode})");
    }

    /// <summary>SIGKILL: the run gets no chance to release its lock or record anything.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
