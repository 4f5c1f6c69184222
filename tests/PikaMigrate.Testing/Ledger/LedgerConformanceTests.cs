using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Locking;
using PikaMigrate.Core.Migrations;
using Xunit;

namespace PikaMigrate.Testing.Ledger;

/// <summary>
/// What every ledger backend must do, written once and run against each (the file ledger and the DynamoDB table):
/// records, checkpoints and the lease lock's compare-and-set semantics.
/// </summary>
public abstract class LedgerConformanceTests
{
    private static readonly StoreIdentity Store = new(StoreKind.DynamoDb, "chat-session-p-test", "arn:aws:dynamodb:us-east-1:000000000000:table/chat-session-p-test", new DateTimeOffset(2025, 3, 1, 12, 0, 0, 123, TimeSpan.Zero));

    /// <summary>A fresh, empty ledger of the backend under test.</summary>
    protected abstract LedgerConnection OpenLedger(TimeProvider time);

    [Fact]
    public async Task A_new_ledger_reads_as_nothing_ran()
    {
        var ledger = OpenLedger(TimeProvider.System);

        Assert.Empty(await ledger.Ledger.ReadAsync("0.11.0", CancellationToken.None));
        Assert.Null(await ledger.Checkpoints.ReadAsync("any", CancellationToken.None));
        Assert.Null(await ledger.Lock.ReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Step_records_are_kept_per_migration_and_replaced_per_step()
    {
        var ledger = OpenLedger(TimeProvider.System);
        var now = DateTimeOffset.UtcNow;
        var running = StepRecord.Starting("0.11.0", "B1", "tester", now, [Store]);
        await ledger.Ledger.WriteAsync(running, CancellationToken.None);
        await ledger.Ledger.WriteAsync(StepRecord.Starting("0.12.0", "A1", "tester", now, []), CancellationToken.None);
        var info = new StepInfo("B1", "backfill-session-metadata", "t", StoreKind.DynamoDb, "c");
        var done = running.Completed(new StepOutcome(info, true, "14500 updated", [new Figure("Updated", 14500)], []), now.AddMinutes(1));
        await ledger.Ledger.WriteAsync(done, CancellationToken.None);

        var records = await ledger.Ledger.ReadAsync("0.11.0", CancellationToken.None);

        var record = Assert.Single(records);
        Assert.Equal(StepState.Succeeded, record.State);
        Assert.Equal("14500 updated", record.Summary);
        Assert.Equal(new Figure("Updated", 14500), Assert.Single(record.Figures));
        Assert.Equal([Store], record.Stores);
    }

    [Fact]
    public async Task Checkpoints_are_written_read_and_deleted()
    {
        var ledger = OpenLedger(TimeProvider.System);
        await ledger.Checkpoints.WriteAsync("0.11.0/B1/segment-3", "{\"done\":false}", CancellationToken.None);
        await ledger.Checkpoints.WriteAsync("0.11.0/B1/segment-3", "{\"done\":true}", CancellationToken.None);

        Assert.Equal("{\"done\":true}", await ledger.Checkpoints.ReadAsync("0.11.0/B1/segment-3", CancellationToken.None));

        await ledger.Checkpoints.DeleteAsync("0.11.0/B1/segment-3", CancellationToken.None);
        await ledger.Checkpoints.DeleteAsync("never-written", CancellationToken.None);
        Assert.Null(await ledger.Checkpoints.ReadAsync("0.11.0/B1/segment-3", CancellationToken.None));
    }

    [Fact]
    public async Task A_second_run_is_refused_and_told_who_holds_the_lock()
    {
        var ledger = OpenLedger(TimeProvider.System);
        await using var first = await Lease.AcquireAsync(ledger.Lock, ledger.Description, "migrate 0.11.0", new LeaseOptions(), TimeProvider.System, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<LockHeldException>(() =>
            Lease.AcquireAsync(ledger.Lock, ledger.Description, "ddb backfill-session-metadata", new LeaseOptions(), TimeProvider.System, CancellationToken.None));

        Assert.Equal(first.Holder.LeaseId, refused.Holder.LeaseId);
        Assert.Contains("migrate 0.11.0", refused.Message, StringComparison.Ordinal);
        Assert.Contains(Environment.MachineName, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_acquirers_get_exactly_one_lock()
    {
        var ledger = OpenLedger(TimeProvider.System);
        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() =>
            ledger.Lock.TryAcquireAsync(LockHolder.ForThisProcess($"run {i}", DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1)), CancellationToken.None))));

        var winner = Assert.Single(attempts, a => a.Acquired);
        Assert.All(attempts.Where(a => !a.Acquired), a => Assert.Equal(winner.Holder!.LeaseId, a.Holder!.LeaseId));
    }

    [Fact]
    public async Task A_killed_runs_lock_expires_by_itself()
    {
        var time = new ManualTime(DateTimeOffset.UtcNow);
        var ledger = OpenLedger(time);
        var options = new LeaseOptions { TimeToLive = TimeSpan.FromSeconds(30), HeartbeatInterval = TimeSpan.FromHours(1) };
        var killed = LockHolder.ForThisProcess("killed run", time.GetUtcNow(), options.TimeToLive);
        Assert.True((await ledger.Lock.TryAcquireAsync(killed, CancellationToken.None)).Acquired);

        await Assert.ThrowsAsync<LockHeldException>(() => Lease.AcquireAsync(ledger.Lock, ledger.Description, "next", options, time, CancellationToken.None));
        time.Advance(TimeSpan.FromSeconds(31));
        await using var next = await Lease.AcquireAsync(ledger.Lock, ledger.Description, "next", options, time, CancellationToken.None);

        Assert.Equal(next.Holder.LeaseId, (await ledger.Lock.ReadAsync(CancellationToken.None))!.LeaseId);
        Assert.False(await ledger.Lock.RenewAsync(killed.Renewed(time.GetUtcNow(), options.TimeToLive), CancellationToken.None));
    }

    [Fact]
    public async Task A_dead_holders_lease_is_taken_over_before_it_expires_but_only_that_lease()
    {
        var ledger = OpenLedger(TimeProvider.System);
        var dead = LockHolder.ForThisProcess("killed run", DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        Assert.True((await ledger.Lock.TryAcquireAsync(dead, CancellationToken.None)).Acquired);
        var next = LockHolder.ForThisProcess("next run", DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));

        var taken = await ledger.Lock.TakeOverAsync(dead, next, CancellationToken.None);

        Assert.True(taken.Acquired);
        Assert.Equal(next.LeaseId, (await ledger.Lock.ReadAsync(CancellationToken.None))!.LeaseId);
        var late = LockHolder.ForThisProcess("a second taker of the same dead lease", DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        var refused = await ledger.Lock.TakeOverAsync(dead, late, CancellationToken.None);
        Assert.False(refused.Acquired);
        Assert.Equal(next.LeaseId, refused.Holder!.LeaseId);
    }

    [Fact]
    public async Task A_lock_freed_meanwhile_is_taken_by_the_takeover()
    {
        var ledger = OpenLedger(TimeProvider.System);
        var gone = LockHolder.ForThisProcess("released since", DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        var next = LockHolder.ForThisProcess("next run", DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));

        Assert.True((await ledger.Lock.TakeOverAsync(gone, next, CancellationToken.None)).Acquired);
        Assert.Equal(next, await ledger.Lock.ReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Releasing_frees_the_lock_only_for_its_holder()
    {
        var ledger = OpenLedger(TimeProvider.System);
        var lease = await Lease.AcquireAsync(ledger.Lock, ledger.Description, "first", new LeaseOptions(), TimeProvider.System, CancellationToken.None);
        var stranger = LockHolder.ForThisProcess("stranger", DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));

        await ledger.Lock.ReleaseAsync(stranger, CancellationToken.None);
        Assert.NotNull(await ledger.Lock.ReadAsync(CancellationToken.None));

        await lease.DisposeAsync();
        Assert.Null(await ledger.Lock.ReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_lease_renews_itself_and_notices_when_it_is_taken()
    {
        var ledger = OpenLedger(TimeProvider.System);
        var options = new LeaseOptions { TimeToLive = TimeSpan.FromSeconds(2), HeartbeatInterval = TimeSpan.FromMilliseconds(100) };
        await using var lease = await Lease.AcquireAsync(ledger.Lock, ledger.Description, "long run", options, TimeProvider.System, CancellationToken.None);
        var acquired = lease.Holder.Expires;

        // Renewals push the expiry forward while the run lives.
        await WaitUntilAsync(async () => (await ledger.Lock.ReadAsync(CancellationToken.None))!.Expires > acquired);
        Assert.False(lease.Lost.IsCancellationRequested);

        // Someone takes the lock from under it (as after an expiry): the next renewal sees it and cancels the run.
        var thief = LockHolder.ForThisProcess("thief", DateTimeOffset.UtcNow.AddHours(1), TimeSpan.FromHours(1));
        await ForceHolderAsync(ledger, thief);
        await WaitUntilAsync(() => Task.FromResult(lease.Lost.IsCancellationRequested));
        Assert.Equal(thief.LeaseId, (await ledger.Lock.ReadAsync(CancellationToken.None))!.LeaseId);
    }

    /// <summary>Makes someone else the holder whatever the current lease says (a clock far ahead lets it take the lock).</summary>
    private async Task ForceHolderAsync(LedgerConnection ledger, LockHolder holder)
    {
        var future = OpenLedgerLike(ledger, new ManualTime(DateTimeOffset.UtcNow.AddHours(1)));
        Assert.True((await future.Lock.TryAcquireAsync(holder, CancellationToken.None)).Acquired);
    }

    /// <summary>The same ledger seen with another clock.</summary>
    protected abstract LedgerConnection OpenLedgerLike(LedgerConnection ledger, TimeProvider time);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold within 20 s.");
            await Task.Delay(50);
        }
    }
}
