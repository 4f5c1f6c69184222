namespace PikaMigrate.Core.Migrations;

/// <summary>
/// A step built afresh each time it is planned, applied or verified, for steps whose shape depends on what earlier
/// steps did (a writer that must read a mapping an earlier step changes reads it when it runs, not when the
/// migration was put together). The built step must be the one declared: its <see cref="StepInfo"/> is checked.
/// </summary>
/// <param name="takesOwnBaseline">What the built step says of <see cref="IMigrationStep.TakesOwnBaseline"/>; checked too.</param>
public sealed class DeferredStep(StepInfo info, Func<CancellationToken, Task<IMigrationStep>> create, bool takesOwnBaseline = false) : IMigrationStep
{
    public StepInfo Info { get; } = info;

    public bool TakesOwnBaseline { get; } = takesOwnBaseline;

    public async Task<StepPlan> PlanAsync(StepContext context, CancellationToken cancellationToken) =>
        await (await CreateAsync(cancellationToken).ConfigureAwait(false)).PlanAsync(context, cancellationToken).ConfigureAwait(false);

    public async Task<StepOutcome> ApplyAsync(StepContext context, CancellationToken cancellationToken) =>
        await (await CreateAsync(cancellationToken).ConfigureAwait(false)).ApplyAsync(context, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<CheckResult>> VerifyAsync(StepContext context, CancellationToken cancellationToken) =>
        await (await CreateAsync(cancellationToken).ConfigureAwait(false)).VerifyAsync(context, cancellationToken).ConfigureAwait(false);

    private async Task<IMigrationStep> CreateAsync(CancellationToken cancellationToken)
    {
        var step = await create(cancellationToken).ConfigureAwait(false);
        return step.Info == Info && step.TakesOwnBaseline == TakesOwnBaseline
            ? step
            : throw new InvalidOperationException($"Step {Info.Id} {Info.Name} was declared as {Info} (takes its own baseline: {TakesOwnBaseline}) but built as {step.Info} ({step.TakesOwnBaseline}).");
    }
}
