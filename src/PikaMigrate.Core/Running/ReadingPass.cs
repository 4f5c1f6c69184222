namespace PikaMigrate.Core.Running;

/// <summary>Which read-only pass the runner makes over a step.</summary>
public enum ReadingPass
{
    Plan,
    Verify,
}
