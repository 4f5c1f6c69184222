using System.Collections.Concurrent;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Core.Progress;

namespace PikaMigrate.Migrations.Tests.Support;

/// <summary>Keeps what a step reports, for the tests to read.</summary>
internal sealed class RecordingReporter : IStepReporter
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ConcurrentQueue<ProgressReport> Reports { get; } = new();

    public void Line(string text) => Lines.Enqueue(text);

    public void Progress(ProgressReport report) => Reports.Enqueue(report);
}
