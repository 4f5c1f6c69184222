using PikaMigrate.Core.Migrations;
using PikaMigrate.Migrations.Tests.V0_11_0;

namespace PikaMigrate.Migrations.Tests.V0_11_0.UserTypeBackfill.Support;

public static class OutcomeExtensions
{
    public static long Figure(this StepOutcome outcome, string name) =>
        outcome.Figures.Single(f => f.Name == name).Value;

    public static long Figure(this StepPlan plan, string name) =>
        plan.Figures.Single(f => f.Name == name).Value;
}
