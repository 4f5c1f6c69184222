using PikaMigrate.Core.Migrations;

using PikaMigrate.Cli.Infrastructure;

namespace PikaMigrate.Cli.Rendering;

/// <summary>The JSON shapes of plans and outcomes: figures as an object keyed by the guide's names, in order.</summary>
internal static class StepView
{
    public static object Step(StepInfo step) => new { step.Id, step.Name, step.Title, store = step.Store, step.Command };

    public static object Plan(StepPlan plan) => new
    {
        step = Step(plan.Step),
        plan.HasWork,
        plan.IsRunnable,
        plan.Summary,
        figures = Figures(plan.Figures),
        plan.Notes,
        plan.Blockers,
    };

    public static object Outcome(StepOutcome outcome) => new
    {
        step = Step(outcome.Step),
        outcome.Succeeded,
        outcome.Summary,
        figures = Figures(outcome.Figures),
        outcome.Failures,
        outcome.Details,
    };

    public static Dictionary<string, long> Figures(IReadOnlyList<Figure> figures)
    {
        var map = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var figure in figures)
        {
            map[figure.Name] = figure.Value;
        }

        return map;
    }
}
