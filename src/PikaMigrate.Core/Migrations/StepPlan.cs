namespace PikaMigrate.Core.Migrations;

/// <summary>What applying a step would change; nothing was written to produce it.</summary>
/// <param name="HasWork">False when the step's work is already done.</param>
/// <param name="Summary">One line, e.g. "14500 sessions would get the new attribute".</param>
/// <param name="Figures">The counts behind the summary, named as the step's outcome names them ("would update").</param>
/// <param name="Blockers">Empty when the step can run.</param>
public sealed record StepPlan(
    StepInfo Step,
    bool HasWork,
    string Summary,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<Blocker> Blockers)
{
    /// <summary>Lines that explain the figures, e.g. where a rate comes from and how long the work would take.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public bool IsRunnable => Blockers.Count == 0;
}
