using PikaMigrate.Core.Progress;

namespace PikaMigrate.Core.Migrations;

/// <summary>
/// Where a running step says what it is doing: the guide's lines (e.g. "Checking if session exists...") and
/// live progress. The CLI renders them; library code never writes to the console.
/// </summary>
public interface IStepReporter
{
    void Line(string text);

    void Progress(ProgressReport report);
}
