using PikaMigrate.Core.Locking;

namespace PikaMigrate.Core.Running;

/// <summary>What <c>migrate</c> would do, read without writing anything.</summary>
/// <param name="LockHolder">Another run's unexpired lease, if any: migrate would refuse.</param>
/// <param name="Ledger">Where the ledger is, for the operator.</param>
public sealed record MigrationPlan(string Version, IReadOnlyList<StepPlanEntry> Steps, LockHolder? LockHolder, string Ledger)
{
    public bool IsRunnable => LockHolder is null && Steps.All(s => s.Plan?.IsRunnable ?? true);

    public bool HasWork => Steps.Any(s => s.Plan?.HasWork == true);
}
