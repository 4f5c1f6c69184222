namespace PikaMigrate.Core.Migrations;

/// <summary>What applying a step did.</summary>
/// <param name="Succeeded">False when some of the work could not be done (the figures say how much).</param>
/// <param name="Summary">One line, e.g. "14500 sessions updated, 734 skipped".</param>
/// <param name="Figures">The guide's figures, in the guide's order.</param>
/// <param name="Failures">What did not get done, one line each, capped by the step to a readable number.</param>
/// <param name="Details">Step-specific results for JSON output (e.g. the file listing missing users).</param>
public sealed record StepOutcome(
    StepInfo Step,
    bool Succeeded,
    string Summary,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<string> Failures,
    object? Details = null);
