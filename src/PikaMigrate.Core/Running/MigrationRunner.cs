using System.Text.Json;
using PikaMigrate.Core.Checkpoints;
using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Locking;
using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Core.Running;

/// <summary>
/// Runs migrations and single steps under the ledger's lease lock: skips steps that already succeeded and still hold
/// (the same stores, their own checks passing), records each step's state, figures and stores, hands each step its own
/// checkpoints so a killed run resumes, records each store's additive-only baseline before the first write to it, and verifies.
/// </summary>
public sealed class MigrationRunner(LedgerConnection ledger, TimeProvider time, LeaseOptions? leaseOptions = null)
{
    private readonly LeaseOptions _leaseOptions = leaseOptions ?? new LeaseOptions();

    // A dead holder's lease is waited out only when it ends soon; anything longer means clocks disagree.
    private TimeSpan MaxAbandonedWait => _leaseOptions.TimeToLive + TimeSpan.FromSeconds(5);

    public static string RunBy => $"{Environment.UserName}@{Environment.MachineName} pid {Environment.ProcessId}";

    /// <summary>Read-only: what <see cref="RunAsync"/> would do.</summary>
    /// <exception cref="PreflightException">The ledger cannot be read.</exception>
    public async Task<MigrationPlan> PlanAsync(IMigration migration, IRunObserver observer, CancellationToken cancellationToken)
    {
        var records = await ReadRecordsAsync(migration.Version, cancellationToken).ConfigureAwait(false);
        var holder = await ledger.Lock.ReadAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<StepPlanEntry>();
        foreach (var step in migration.Steps)
        {
            var standing = await ReviewAsync(migration, step, records, observer, cancellationToken).ConfigureAwait(false);
            if (!standing.Runs)
            {
                entries.Add(new StepPlanEntry(step.Info, standing.Record, null));
                continue;
            }

            var plan = await step.PlanAsync(Context(migration.Version, step.Info, observer.StepReading(step.Info, ReadingPass.Plan), standing.Record), cancellationToken).ConfigureAwait(false);
            entries.Add(new StepPlanEntry(step.Info, standing.Record, plan, standing.Rerun));
        }

        return new MigrationPlan(
            migration.Version,
            entries,
            holder is not null && !holder.IsExpired(time.GetUtcNow()) ? holder : null,
            ledger.Description);
    }

    /// <summary>
    /// Every step not yet succeeded, or no longer holding, in order, stopping at the first that does not succeed; then
    /// verify. A step is reviewed when the run reaches it, so it sees what the steps before it did.
    /// </summary>
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
            var reviewed = new Dictionary<string, IReadOnlyList<CheckResult>>(StringComparer.Ordinal);
            var failed = false;
            foreach (var step in migration.Steps)
            {
                if (failed)
                {
                    results.Add(new StepRunResult(step.Info, StepRunStatus.NotReached, null, records.GetValueOrDefault(step.Info.Id)));
                    continue;
                }

                var standing = await ReviewAsync(migration, step, records, observer, linked.Token).ConfigureAwait(false);
                if (!standing.Runs)
                {
                    reviewed[step.Info.Id] = standing.Checks!;
                    observer.StepSkipped(step.Info, standing.Record!);
                    results.Add(new StepRunResult(step.Info, StepRunStatus.Skipped, null, standing.Record));
                    continue;
                }

                if (standing.Rerun is { } reason)
                {
                    observer.StepRerunning(step.Info, standing.Record!, reason);
                }

                var failedChecks = standing.Checks?.Where(c => !c.Passed).ToList() ?? [];
                var result = await ApplyAsync(migration.Version, step, migration.StoresOf(step.Info), migration.Baselines, standing.Record, failedChecks, observer, linked.Token).ConfigureAwait(false);
                results.Add(result with { Rerun = standing.Rerun });
                failed = !result.Succeeded;
            }

            // When nothing ran, nothing changed since each step's checks were read: they are the verdict's.
            var known = results.All(r => r.Status == StepRunStatus.Skipped) ? reviewed : [];
            var verification = failed ? null : await VerifyAsync(migration, known, observer, linked.Token).ConfigureAwait(false);
            return new MigrationRunResult(migration.Version, results, verification);
        }
        catch (OperationCanceledException) when (lease.Lost.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new LockLostException(lease.Holder, ledger.Description);
        }
    }

    /// <summary>One step on its own (its command), whatever the ledger says of it: steps are idempotent.</summary>
    /// <param name="version">The migration the step belongs to; its record and checkpoints are kept under it.</param>
    /// <param name="stores">The stores the step works on, whose identities its record keeps.</param>
    public async Task<StepRunResult> RunStepAsync(
        string version,
        IMigrationStep step,
        IReadOnlyList<IStoreIdentityReader> stores,
        IReadOnlyList<IStoreBaseline> baselines,
        string command,
        IRunObserver observer,
        CancellationToken cancellationToken)
    {
        await ReadRecordsAsync(version, cancellationToken).ConfigureAwait(false);
        await using var lease = await AcquireAsync(command, observer, cancellationToken).ConfigureAwait(false);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
        try
        {
            var records = await ReadRecordsAsync(version, linked.Token).ConfigureAwait(false);
            return await ApplyAsync(version, step, stores, baselines, records.GetValueOrDefault(step.Info.Id), [], observer, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (lease.Lost.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new LockLostException(lease.Holder, ledger.Description);
        }
    }

    /// <summary>Read-only: every step's checks and the additive-only comparison of each baseline.</summary>
    public async Task<VerifyResult> VerifyAsync(IMigration migration, IRunObserver observer, CancellationToken cancellationToken) =>
        await VerifyAsync(migration, new Dictionary<string, IReadOnlyList<CheckResult>>(), observer, cancellationToken).ConfigureAwait(false);

    private async Task<VerifyResult> VerifyAsync(
        IMigration migration, IReadOnlyDictionary<string, IReadOnlyList<CheckResult>> known, IRunObserver observer, CancellationToken cancellationToken)
    {
        var records = await ReadRecordsAsync(migration.Version, cancellationToken).ConfigureAwait(false);
        var checks = new List<CheckResult>();
        foreach (var step in migration.Steps)
        {
            checks.AddRange(known.TryGetValue(step.Info.Id, out var read)
                ? read
                : await step.VerifyAsync(Context(migration.Version, step.Info, observer.StepReading(step.Info, ReadingPass.Verify), records.GetValueOrDefault(step.Info.Id)), cancellationToken).ConfigureAwait(false));
        }

        var book = new BaselineBook(ledger.Checkpoints, migration.Version, time);
        foreach (var baseline in migration.Baselines)
        {
            checks.Add(await book.CompareAsync(baseline, observer, cancellationToken).ConfigureAwait(false));
        }

        return new VerifyResult(migration.Version, checks);
    }

    private Task<StepStanding> ReviewAsync(
        IMigration migration, IMigrationStep step, IReadOnlyDictionary<string, StepRecord> records, IRunObserver observer, CancellationToken cancellationToken)
    {
        var record = records.GetValueOrDefault(step.Info.Id);
        return StepReview.ReviewAsync(
            step,
            record,
            migration.StoresOf(step.Info),
            () => Context(migration.Version, step.Info, observer.StepReading(step.Info, ReadingPass.Verify), record),
            cancellationToken);
    }

    /// <summary>
    /// Records the baselines of the step's stores first, except those it takes itself as it reads, which it must settle
    /// before it succeeds; then applies the step.
    /// </summary>
    /// <param name="failedChecks">For a step run again because its checks fail now: those checks.</param>
    private async Task<StepRunResult> ApplyAsync(
        string version,
        IMigrationStep step,
        IReadOnlyList<IStoreIdentityReader> stores,
        IReadOnlyList<IStoreBaseline> baselines,
        StepRecord? lastRun,
        IReadOnlyList<CheckResult> failedChecks,
        IRunObserver observer,
        CancellationToken cancellationToken)
    {
        var pending = await new BaselineBook(ledger.Checkpoints, version, time).PrepareAsync(step, stores, baselines, observer, cancellationToken).ConfigureAwait(false);

        var identities = new List<StoreIdentity>();
        foreach (var store in stores)
        {
            if (await store.ReadAsync(cancellationToken).ConfigureAwait(false) is { } identity)
            {
                identities.Add(identity);
            }
        }

        var record = StepRecord.Starting(version, step.Info.Id, RunBy, time.GetUtcNow(), identities);
        await ledger.Ledger.WriteAsync(record, cancellationToken).ConfigureAwait(false);
        StepOutcome outcome;
        try
        {
            var context = Context(version, step.Info, observer.StepStarting(step.Info), lastRun, pending, failedChecks);
            outcome = await step.ApplyAsync(context, cancellationToken).ConfigureAwait(false);
            if (pending.FirstOrDefault(p => !p.Settled) is { } unsettled)
            {
                throw new InvalidOperationException($"Step {step.Info.Id} finished without recording the additive-only baseline of {unsettled.Baseline.Name} it took over.");
            }
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

    private StepContext Context(
        string version, StepInfo step, IStepReporter reporter, StepRecord? lastRun, IReadOnlyList<PendingBaseline>? baselines = null, IReadOnlyList<CheckResult>? failedChecks = null) =>
        new(new ScopedCheckpointStore(ledger.Checkpoints, version, step.Id), reporter, lastRun) { Baselines = baselines ?? [], FailedChecks = failedChecks ?? [] };

    /// <summary>
    /// Takes the lock. A holder of this machine that provably no longer runs is taken over at once (and the takeover
    /// recorded); one that only seems gone (its lease does not say when its process started) is waited out rather than
    /// refused, so "kill, then run again" just works. Holders of other machines are refused.
    /// </summary>
    private async Task<Lease> AcquireAsync(string command, IRunObserver observer, CancellationToken cancellationToken)
    {
        try
        {
            return await Lease.AcquireAsync(ledger.Lock, ledger.Description, command, _leaseOptions, time, cancellationToken).ConfigureAwait(false);
        }
        catch (LockHeldException e) when (e.Holder.IsProvablyDead())
        {
            var lease = await Lease.TakeOverAsync(ledger.Lock, e.Holder, ledger.Description, command, _leaseOptions, time, cancellationToken).ConfigureAwait(false);
            try
            {
                var takeover = new LockTakeover(e.Holder, lease.Holder, time.GetUtcNow());
                await ledger.Checkpoints.WriteAsync(LockTakeover.LedgerKey, JsonSerializer.Serialize(takeover), cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await lease.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            observer.LockTakenOver(e.Holder);
            return lease;
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
