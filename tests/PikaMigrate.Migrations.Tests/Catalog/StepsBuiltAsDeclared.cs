using PikaMigrate.Core.Configuration;
using PikaMigrate.Core.Ledger.JsonFile;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Migrations.Tests.Support;
using PikaMigrate.Testing;

namespace PikaMigrate.Migrations.Tests.Catalog;

/// <summary>
/// Every step of the catalog, connected to the stores it declares and planned as <c>migrate</c> plans it, is the step
/// its declaration says (a step built otherwise is refused): status, plans and the ledger all name the same steps.
/// </summary>
internal static class StepsBuiltAsDeclared
{
    public static async Task PlanEachAsync(PikaSettings settings, Func<StepDefinition, bool> which)
    {
        var steps = MigrationCatalog.Default.Migrations.SelectMany(m => m.Steps).Where(which).ToList();
        Assert.NotEmpty(steps);
        foreach (var step in steps)
        {
            using var stores = await PikaStores.ConnectAsync(settings, step.Needs, default);
            var context = new StepContext(FileLedger.Open(Path.Combine(TestScratch.CreateDirectory("declared-"), "ledger.json"), TimeProvider.System).Checkpoints, new RecordingReporter());

            var plan = await step.InMigration(stores, new MigrationOptions()).PlanAsync(context, default);

            Assert.Equal(step.Info, plan.Step);
        }
    }
}
