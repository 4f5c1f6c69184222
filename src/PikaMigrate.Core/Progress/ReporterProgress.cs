using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Core.Progress;

/// <summary>Hands progress to the step's reporter synchronously (Progress&lt;T&gt; would post and reorder).</summary>
public sealed class ReporterProgress(IStepReporter reporter) : IProgress<ProgressReport>
{
    public void Report(ProgressReport value) => reporter.Progress(value);
}
