using PikaMigrate.Core.Migrations;

namespace PikaMigrate.DynamoDb.Tests.Backfill.Support;

public static class OutcomeExtensions
{
    public static long Figure(this StepOutcome outcome, string name) =>
        outcome.Figures.Single(f => f.Name == name).Value;

    public static long Figure(this StepPlan plan, string name) =>
        plan.Figures.Single(f => f.Name == name).Value;
}
