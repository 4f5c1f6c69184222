using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Core.Tests.Running;

/// <summary>A step whose behaviour a test scripts, recording what the runner asked of it.</summary>
internal sealed class ScriptedStep(string id, List<string> journal) : IMigrationStep
{
    public StepInfo Info { get; } = new(id, $"step-{id}", $"Step {id}", StoreKind.DynamoDb, $"pika-migrate step {id}");

    public Func<StepContext, Task<StepOutcome>>? Apply { get; set; }

    public bool Passes { get; set; } = true;

    public bool TakesOwnBaseline { get; set; }

    /// <summary>The baselines the runner handed over when the step last applied.</summary>
    public IReadOnlyList<PendingBaseline> HandedBaselines { get; private set; } = [];

    /// <summary>The failing checks the runner handed over when the step last applied.</summary>
    public IReadOnlyList<CheckResult> HandedFailedChecks { get; private set; } = [];

    public int Applied { get; private set; }

    public Task<StepPlan> PlanAsync(StepContext context, CancellationToken cancellationToken)
    {
        journal.Add($"plan {Info.Id}");
        return Task.FromResult(new StepPlan(Info, true, $"{Info.Id} has work", [new Figure("Would update", 3)], []));
    }

    public async Task<StepOutcome> ApplyAsync(StepContext context, CancellationToken cancellationToken)
    {
        journal.Add($"apply {Info.Id}");
        Applied++;
        HandedBaselines = context.Baselines;
        HandedFailedChecks = context.FailedChecks;
        return Apply is null ? Done() : await Apply(context);
    }

    public Task<IReadOnlyList<CheckResult>> VerifyAsync(StepContext context, CancellationToken cancellationToken)
    {
        journal.Add($"verify {Info.Id}");
        return Task.FromResult<IReadOnlyList<CheckResult>>([new CheckResult($"{Info.Id} holds", Passes, "checked", [])]);
    }

    public StepOutcome Done(bool succeeded = true) => new(Info, succeeded, succeeded ? "done" : "some failed", [new Figure("Updated", 3)], succeeded ? [] : ["s-1: throttled"]);
}
