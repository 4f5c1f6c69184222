namespace PikaMigrate.Core.Migrations;

/// <summary>
/// A step built afresh each time it is planned, applied or verified, for steps whose shape depends on what earlier
/// steps did: B1 mirrors user_type_keyword into OpenSearch only once A1 has mapped it as keyword, so its writer
/// must read the mapping after A1 ran, not when the migration was put together.
/// </summary>
public sealed class DeferredStep(StepInfo info, Func<CancellationToken, Task<IMigrationStep>> create) : IMigrationStep
{
    public StepInfo Info { get; } = info;

    public async Task<StepPlan> PlanAsync(StepContext context, CancellationToken cancellationToken) =>
        await (await create(cancellationToken).ConfigureAwait(false)).PlanAsync(context, cancellationToken).ConfigureAwait(false);

    public async Task<StepOutcome> ApplyAsync(StepContext context, CancellationToken cancellationToken) =>
        await (await create(cancellationToken).ConfigureAwait(false)).ApplyAsync(context, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<CheckResult>> VerifyAsync(StepContext context, CancellationToken cancellationToken) =>
        await (await create(cancellationToken).ConfigureAwait(false)).VerifyAsync(context, cancellationToken).ConfigureAwait(false);
}
