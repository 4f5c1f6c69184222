using PikaMigrate.Core.Migrations;
using PikaMigrate.Core.Progress;

namespace PikaMigrate.DynamoDb;

/// <summary>Hands progress to the step's reporter synchronously (Progress&lt;T&gt; would post and reorder).</summary>
internal sealed class ReporterProgress(IStepReporter reporter) : IProgress<ProgressReport>
{
    public void Report(ProgressReport value) => reporter.Progress(value);
}
