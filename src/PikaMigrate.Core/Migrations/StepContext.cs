using PikaMigrate.Core.Checkpoints;

namespace PikaMigrate.Core.Migrations;

/// <summary>What the runner hands a step: its own durable checkpoints and where its output goes.</summary>
public sealed class StepContext(ICheckpointStore checkpoints, IStepReporter reporter)
{
    /// <summary>Durable state scoped to this step (a killed run resumes from it).</summary>
    public ICheckpointStore Checkpoints { get; } = checkpoints;

    public IStepReporter Reporter { get; } = reporter;
}
