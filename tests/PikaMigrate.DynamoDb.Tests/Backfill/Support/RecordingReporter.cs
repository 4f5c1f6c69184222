using System.Collections.Concurrent;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Core.Progress;

namespace PikaMigrate.DynamoDb.Tests.Backfill.Support;

public sealed class RecordingReporter : IStepReporter
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ConcurrentQueue<ProgressReport> Progress { get; } = new();

    public void Line(string text) => Lines.Enqueue(text);

    void IStepReporter.Progress(ProgressReport report) => Progress.Enqueue(report);
}
