using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Core.Ledger;

/// <summary>What the ledger knows of one step of one migration: its state, when, who ran it, and its figures.</summary>
/// <param name="Migration">The migration's version, e.g. <c>0.11.0</c>.</param>
/// <param name="StepId">The step's id, e.g. <c>B1</c>.</param>
/// <param name="RunBy">Who ran it last (<c>user@host pid N</c>), for status.</param>
/// <param name="Summary">The outcome's one line, or why it failed.</param>
public sealed record StepRecord(
    string Migration,
    string StepId,
    StepState State,
    DateTimeOffset? Started,
    DateTimeOffset? Finished,
    string? RunBy,
    string? Summary,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<string> Failures)
{
    /// <summary>At most this many failure lines are kept; the figures carry the full count.</summary>
    public const int MaxFailures = 20;

    public static StepRecord Starting(string migration, string stepId, string runBy, DateTimeOffset now) =>
        new(migration, stepId, StepState.Running, now, null, runBy, null, [], []);

    public StepRecord Completed(StepOutcome outcome, DateTimeOffset now) => this with
    {
        State = outcome.Succeeded ? StepState.Succeeded : StepState.Failed,
        Finished = now,
        Summary = outcome.Summary,
        Figures = outcome.Figures,
        Failures = [.. outcome.Failures.Take(MaxFailures)],
    };

    public StepRecord Aborted(string reason, DateTimeOffset now) => this with
    {
        State = StepState.Failed,
        Finished = now,
        Summary = reason,
    };
}
