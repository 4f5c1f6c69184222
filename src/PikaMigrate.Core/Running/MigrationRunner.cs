using PikaMigrate.Core.Checkpoints;
using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Locking;
using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Core.Running;

/// <summary>
/// Runs migrations and single steps under the ledger's lease lock: skips steps that already succeeded, records each
/// step's state and figures, hands each step its own checkpoints so a killed run resumes, records the additive-only
/// baselines before the first write, and verifies.
/// </summary>
public sealed class MigrationRunner(LedgerConnection ledger, TimeProvider time, LeaseOptions? leaseOptions = null)
{
    private readonly LeaseOptions _leaseOptions = leaseOptions ?? new LeaseOptions();

    // A dead holder's lease is waited out only when it ends soon; anything longer means clocks disagree.
    private TimeSpan MaxAbandonedWait => _leaseOptions.TimeToLive + TimeSpan.FromSeconds(5);

    public static string RunBy => $"{Environment.UserName}@{Environment.MachineName} pid {Environment.ProcessId}";

    /// <summary>Read-only: what <see cref="RunAsync"/> would do.</summary>
    public async Task<MigrationPlan> PlanAsync(IMigration migration, IRunObserver observer, CancellationToken cancellationToken)
    {
        var records = await ReadRecordsAsync(migration.Version, cancellationToken).ConfigureAwait(false);
        var holder = await ledger.Lock.ReadAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<StepPlanEntry>();
        foreach (var step in migration.Steps)
        {
            var record = records.GetValueOrDefault(step.Info.Id);
            if (record?.State == StepState.Succeeded)
            {
                entries.Add(new StepPlanEntry(step.Info, record, null));
                continue;
            }

            var plan = await step.PlanAsync(Context(migration.Version, step.Info, observer.StepReading(step.Info, ReadingPass.Plan)), cancellationToken).ConfigureAwait(false);
            entries.Add(new StepPlanEntry(step.Info, record, plan));
        }

        return new MigrationPlan(
            migration.Version,
            entries,
            holder is not null && !holder.IsExpired(time.GetUtcNow()) ? holder : null,
            ledger.Description);
    }

    /// <summary>Every step not yet succeeded, in order, stopping at the first that does not succeed; then verify.</summary>
    public async Task<MigrationRunResult> RunAsync(IMigration migration, string command, IRunObserver observer, CancellationToken cancellationToken)
    {
        await ReadRecordsAsync(migration.Version, cancellationToken).ConfigureAwait(false);
        await using var lease = await AcquireAsync(command, observer, cancellationToken).ConfigureAwait(false);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
        try
        {
            // Read again under the lock: another run may have finished steps since.
            var records = await ReadRecordsAsync(migration.Version, linked.Token).ConfigureAwait(false);
            var results = new List<StepRunResult>();
            var failed = false;
            foreach (var step in migration.Steps)
            {
                var record = records.GetValueOrDefault(step.Info.Id);
                if (failed)
                {
                    results.Add(new StepRunResult(step.Info, StepRunStatus.NotReached, null, record));
                }
                else if (record?.State == StepState.Succeeded)
                {
                    observer.StepSkipped(step.Info, record);
                    results.Add(new StepRunResult(step.Info, StepRunStatus.Skipped, null, record));
                }
                else
                {
                    await new BaselineBook(ledger.Checkpoints, migration.Version, time)
                        .RecordMissingAsync(migration.Baselines, observer, linked.Token).ConfigureAwait(false);
                    var result = await ApplyAsync(migration.Version, step, observer, linked.Token).ConfigureAwait(false);
                    results.Add(result);
                    failed = !result.Succeeded;
                }
            }

            var verification = failed ? null : await VerifyAsync(migration, observer, linked.Token).ConfigureAwait(false);
            return new MigrationRunResult(migration.Version, results, verification);
        }
        catch (OperationCanceledException) when (lease.Lost.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new LockLostException(lease.Holder, ledger.Description);
        }
    }

    /// <summary>One step on its own (its command), whatever the ledger says of it: steps are idempotent.</summary>
    /// <param name="version">The migration the step belongs to; its record and checkpoints are kept under it.</param>
    public async Task<StepRunResult> RunStepAsync(
        string version, IMigrationStep step, IReadOnlyList<IStoreBaseline> baselines, string command, IRunObserver observer, CancellationToken cancellationToken)
    {
        await ReadRecordsAsync(version, cancellationToken).ConfigureAwait(false);
        await using var lease = await AcquireAsync(command, observer, cancellationToken).ConfigureAwait(false);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
        try
        {
            await new BaselineBook(ledger.Checkpoints, version, time).RecordMissingAsync(baselines, observer, linked.Token).ConfigureAwait(false);
            return await ApplyAsync(version, step, observer, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (lease.Lost.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new LockLostException(lease.Holder, ledger.Description);
        }
    }

    /// <summary>Read-only: every step's checks and the additive-only comparison of each baseline.</summary>
    public async Task<VerifyResult> VerifyAsync(IMigration migration, IRunObserver observer, CancellationToken cancellationToken)
    {
        var checks = new List<CheckResult>();
        foreach (var step in migration.Steps)
        {
            checks.AddRange(await step.VerifyAsync(Context(migration.Version, step.Info, observer.StepReading(step.Info, ReadingPass.Verify)), cancellationToken).ConfigureAwait(false));
        }

        var book = new BaselineBook(ledger.Checkpoints, migration.Version, time);
        foreach (var baseline in migration.Baselines)
        {
            checks.Add(await book.CompareAsync(baseline, observer, cancellationToken).ConfigureAwait(false));
        }

        return new VerifyResult(migration.Version, checks);
    }

    private async Task<StepRunResult> ApplyAsync(string version, IMigrationStep step, IRunObserver observer, CancellationToken cancellationToken)
    {
        var record = StepRecord.Starting(version, step.Info.Id, RunBy, time.GetUtcNow());
        await ledger.Ledger.WriteAsync(record, cancellationToken).ConfigureAwait(false);
        StepOutcome outcome;
        try
        {
            outcome = await step.ApplyAsync(Context(version, step.Info, observer.StepStarting(step.Info)), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // Record why, without letting a ledger problem hide the step's own error.
            var reason = e is OperationCanceledException ? "interrupted; run again to resume" : e.Message;
            try
            {
                await ledger.Ledger.WriteAsync(record.Aborted(reason, time.GetUtcNow()), CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception)
            {
            }

            throw;
        }

        var finished = record.Completed(outcome, time.GetUtcNow());
        await ledger.Ledger.WriteAsync(finished, CancellationToken.None).ConfigureAwait(false);
        observer.StepFinished(outcome);
        return new StepRunResult(step.Info, StepRunStatus.Applied, outcome, finished);
    }

    private StepContext Context(string version, StepInfo step, IStepReporter reporter) =>
        new(new ScopedCheckpointStore(ledger.Checkpoints, version, step.Id), reporter);

    /// <summary>
    /// Takes the lock; when a killed run of this machine still holds it, waits for its lease to run out rather than
    /// refusing, so "kill, then run again" just works.
    /// </summary>
    private async Task<Lease> AcquireAsync(string command, IRunObserver observer, CancellationToken cancellationToken)
    {
        try
        {
            return await Lease.AcquireAsync(ledger.Lock, ledger.Description, command, _leaseOptions, time, cancellationToken).ConfigureAwait(false);
        }
        catch (LockHeldException e) when (e.Holder.IsAbandonedOnThisHost() && e.Holder.Expires - time.GetUtcNow() <= MaxAbandonedWait)
        {
            var wait = e.Holder.Expires - time.GetUtcNow() + TimeSpan.FromMilliseconds(250);
            if (wait > TimeSpan.Zero)
            {
                observer.WaitingForLock(e.Holder, wait);
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }

            return await Lease.AcquireAsync(ledger.Lock, ledger.Description, command, _leaseOptions, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Dictionary<string, StepRecord>> ReadRecordsAsync(string version, CancellationToken cancellationToken)
    {
        var records = await ledger.Ledger.ReadAsync(version, cancellationToken).ConfigureAwait(false);
        return records.ToDictionary(r => r.StepId, StringComparer.Ordinal);
    }
}
