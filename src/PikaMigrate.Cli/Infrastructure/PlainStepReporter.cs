using System.Diagnostics;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Core.Progress;

namespace PikaMigrate.Cli.Infrastructure;

/// <summary>
/// A step's output in logs and CI: its lines as they come, and its progress as plain lines, at most two a second
/// (the latest one is always written before the step's next line and when it ends).
/// </summary>
/// <param name="prefix">Put before progress lines that would not say what they are about on their own.</param>
internal sealed class PlainStepReporter(CommandOutput output, string? prefix = null) : IStepReporter
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private readonly Stopwatch _sinceLast = Stopwatch.StartNew();
    private readonly object _gate = new();
    private string? _pending;
    private string? _lastWritten;

    public void Line(string text)
    {
        lock (_gate)
        {
            WritePending();
            output.Line(text);
        }
    }

    public void Progress(ProgressReport report)
    {
        lock (_gate)
        {
            _pending = prefix is null ? report.Text : $"{prefix}: {report.Text}";
            if (_lastWritten is null || _sinceLast.Elapsed >= Interval)
            {
                WritePending();
            }
        }
    }

    public void Flush()
    {
        lock (_gate)
        {
            WritePending();
        }
    }

    private void WritePending()
    {
        if (_pending is null || _pending == _lastWritten)
        {
            return;
        }

        output.Line(_pending);
        _lastWritten = _pending;
        _sinceLast.Restart();
    }
}
