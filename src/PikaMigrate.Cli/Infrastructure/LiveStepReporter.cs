using PikaMigrate.Core.Migrations;
using PikaMigrate.Core.Progress;
using Spectre.Console;

namespace PikaMigrate.Cli.Infrastructure;

/// <summary>A step's output on a terminal: its lines above a live progress bar that shows its latest progress.</summary>
internal sealed class LiveStepReporter(ProgressTask task, string title, CommandOutput output) : IStepReporter
{
    public void Line(string text) => output.Line(text);

    public void Progress(ProgressReport report)
    {
        task.Description = Markup.Escape($"{title}: {report.Text}");
        if (report.Total is > 0)
        {
            task.IsIndeterminate = false;
            task.MaxValue = report.Total.Value;
            task.Value = Math.Min(report.Done, report.Total.Value);
        }
    }

    public void Complete()
    {
        task.IsIndeterminate = false;
        task.Value = task.MaxValue;
        task.StopTask();
    }
}
