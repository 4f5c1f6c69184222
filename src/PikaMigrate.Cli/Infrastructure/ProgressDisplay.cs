using System.Diagnostics;
using PikaMigrate.Core.Progress;
using Spectre.Console;

namespace PikaMigrate.Cli.Infrastructure;

/// <summary>
/// Shows a long step's progress: a live bar when a person watches a terminal, plain progress lines (at most
/// two a second) in logs and CI.
/// </summary>
internal static class ProgressDisplay
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromMilliseconds(500);

    public static async Task<T> RunAsync<T>(
        CommandOutput output, string title, Func<IProgress<ProgressReport>, Task<T>> work)
    {
        if (!output.IsInteractive)
        {
            var plain = new PlainLines(output);
            var result = await work(plain).ConfigureAwait(false);
            plain.Flush();
            return result;
        }

        return await output.Human.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(title), maxValue: 1);
                task.IsIndeterminate = true;
                var result = await work(new LiveBar(task, title)).ConfigureAwait(false);
                task.Value = task.MaxValue;
                task.StopTask();
                return result;
            }).ConfigureAwait(false);
    }

    /// <summary>Writes reports as lines, dropping those that come faster than a reader could follow.</summary>
    private sealed class PlainLines(CommandOutput output) : IProgress<ProgressReport>
    {
        private readonly Stopwatch _sinceLast = Stopwatch.StartNew();
        private readonly object _gate = new();
        private string? _pending;
        private string? _lastWritten;

        public void Report(ProgressReport value)
        {
            lock (_gate)
            {
                _pending = value.Text;
                if (_lastWritten is null || _sinceLast.Elapsed >= PlainInterval)
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

    private sealed class LiveBar(ProgressTask task, string title) : IProgress<ProgressReport>
    {
        public void Report(ProgressReport value)
        {
            task.Description = Markup.Escape($"{title}: {value.Text}");
            if (value.Total is > 0)
            {
                task.IsIndeterminate = false;
                task.MaxValue = value.Total.Value;
                task.Value = Math.Min(value.Done, value.Total.Value);
            }
        }
    }
}
