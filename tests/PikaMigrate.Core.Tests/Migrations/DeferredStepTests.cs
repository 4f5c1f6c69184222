using PikaMigrate.Core.Ledger.JsonFile;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Core.Tests.Running;
using PikaMigrate.Testing;
using PikaMigrate.Testing.Running;

namespace PikaMigrate.Core.Tests.Migrations;

/// <summary>A step built when it runs is the step its migration declared: the declaration status shows is the one that runs.</summary>
public sealed class DeferredStepTests
{
    [Fact]
    public async Task Builds_the_step_each_pass_and_hands_it_the_work()
    {
        var journal = new List<string>();
        var builds = 0;
        var declared = new ScriptedStep("A", journal);
        var deferred = new DeferredStep(declared.Info, _ =>
        {
            builds++;
            return Task.FromResult<IMigrationStep>(declared);
        });

        var plan = await deferred.PlanAsync(Context(), default);
        var checks = await deferred.VerifyAsync(Context(), default);

        Assert.Equal(declared.Info, plan.Step);
        Assert.True(Assert.Single(checks).Passed);
        Assert.Equal(2, builds);
        Assert.Equal(["plan A", "verify A"], journal);
    }

    [Fact]
    public async Task Refuses_a_step_built_other_than_declared()
    {
        var journal = new List<string>();
        var deferred = new DeferredStep(new ScriptedStep("A", journal).Info, _ => Task.FromResult<IMigrationStep>(new ScriptedStep("B", journal)));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => deferred.ApplyAsync(Context(), default));

        Assert.Contains("declared as", error.Message, StringComparison.Ordinal);
        Assert.Empty(journal);
    }

    [Fact]
    public async Task Refuses_a_step_that_takes_its_own_baseline_where_the_declaration_said_it_does_not()
    {
        // The runner decides from the declaration whether to read the store's baseline before the step: they must agree.
        var journal = new List<string>();
        var built = new ScriptedStep("A", journal) { TakesOwnBaseline = true };
        var deferred = new DeferredStep(built.Info, _ => Task.FromResult<IMigrationStep>(built));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => deferred.ApplyAsync(Context(), default));

        Assert.Contains("takes its own baseline: False", error.Message, StringComparison.Ordinal);
        Assert.Empty(journal);
    }

    private static StepContext Context() =>
        new(FileLedger.Open(Path.Combine(TestScratch.CreateDirectory("deferred-"), "ledger.json"), TimeProvider.System).Checkpoints, new SilentObserver());
}
