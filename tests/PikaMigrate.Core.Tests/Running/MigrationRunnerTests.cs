using System.Text.Json;
using PikaMigrate.Core.Digests;
using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Ledger.JsonFile;
using PikaMigrate.Core.Locking;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Core.Running;
using PikaMigrate.Testing.Running;

namespace PikaMigrate.Core.Tests.Running;

public sealed class MigrationRunnerTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pika-runner-").FullName;
    private readonly List<string> _journal = [];
    private readonly ScriptedStep _a1;
    private readonly ScriptedStep _b1;
    private readonly ScriptedStep _a2;
    private readonly ScriptedStore _store = new("chat-session-test");
    private readonly ScriptedBaseline _baseline;
    private readonly ScriptedMigration _migration;
    private readonly LedgerConnection _ledger;
    private readonly MigrationRunner _runner;

    public MigrationRunnerTests()
    {
        _a1 = new ScriptedStep("A1", _journal);
        _b1 = new ScriptedStep("B1", _journal);
        _a2 = new ScriptedStep("A2", _journal);
        _baseline = new ScriptedBaseline(_journal, _store);
        _migration = new ScriptedMigration([_a1, _b1, _a2], [_baseline], _store);
        _ledger = FileLedger.Open(Path.Combine(_directory, "ledger.json"), TimeProvider.System);
        _runner = new MigrationRunner(_ledger, TimeProvider.System);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Runs_every_step_in_order_after_recording_the_baseline_then_verifies()
    {
        var result = await _runner.RunAsync(_migration, "migrate", new SilentObserver(), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(["digest", "apply A1", "apply B1", "apply A2", "verify A1", "verify B1", "verify A2", "digest"], _journal);
        var records = await _ledger.Ledger.ReadAsync("9.9.9", CancellationToken.None);
        Assert.All(records, r => Assert.Equal(StepState.Succeeded, r.State));
        Assert.Equal(4, result.Verification!.Checks.Count);
        Assert.True(result.Verification.Passed);
    }

    [Fact]
    public async Task A_second_run_skips_what_succeeded_and_still_holds_without_recording_the_baseline_again()
    {
        await _runner.RunAsync(_migration, "migrate", new SilentObserver(), CancellationToken.None);
        _journal.Clear();
        var observer = new SilentObserver();

        var result = await _runner.RunAsync(_migration, "migrate", observer, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(["A1", "B1", "A2"], observer.Skipped);
        Assert.All(result.Steps, s => Assert.Equal(StepRunStatus.Skipped, s.Status));
        // Each step's own checks are read once, to review it, and are the verdict's: nothing ran in between.
        Assert.Equal(["verify A1", "verify B1", "verify A2", "digest"], _journal);
        Assert.Equal(4, result.Verification!.Checks.Count);
        Assert.Equal(1, _a1.Applied);
    }

    [Fact]
    public async Task A_succeeded_step_whose_check_fails_now_runs_again_and_says_why()
    {
        await _runner.RunAsync(_migration, "migrate", new SilentObserver(), CancellationToken.None);
        _b1.Passes = false;
        _b1.Apply = _ =>
        {
            _b1.Passes = true;
            return Task.FromResult(_b1.Done());
        };
        _journal.Clear();
        var observer = new SilentObserver();

        var result = await _runner.RunAsync(_migration, "migrate", observer, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal([StepRunStatus.Skipped, StepRunStatus.Applied, StepRunStatus.Skipped], result.Steps.Select(s => s.Status));
        var (step, reason) = Assert.Single(observer.Reruns);
        Assert.Equal("B1", step);
        Assert.Equal("its check fails now: B1 holds: checked", reason);
        Assert.Equal(reason, result.Steps[1].Rerun);
        Assert.Equal(["verify A1", "verify B1", "apply B1", "verify A2", "verify A1", "verify B1", "verify A2", "digest"], _journal);
        Assert.Empty(observer.RenewedBaselines);
        Assert.Equal(2, _b1.Applied);
    }

    [Fact]
    public async Task Steps_done_on_a_store_since_re_created_run_again_with_their_baseline_recorded_afresh()
    {
        await _runner.RunAsync(_migration, "migrate", new SilentObserver(), CancellationToken.None);
        var b1Before = Assert.Single(await _ledger.Ledger.ReadAsync("9.9.9", CancellationToken.None), r => r.StepId == "B1");
        Assert.Equal([_store.Identity], b1Before.Stores);
        _store.Recreate();
        _journal.Clear();
        var observer = new SilentObserver();

        var plan = await _runner.PlanAsync(_migration, new SilentObserver(), CancellationToken.None);
        var result = await _runner.RunAsync(_migration, "migrate", observer, CancellationToken.None);

        Assert.All(plan.Steps, s => Assert.StartsWith("DynamoDB table chat-session-test was re-created on 2025-01-02 00:00:00Z, after", s.Rerun, StringComparison.Ordinal));
        Assert.True(result.Succeeded);
        Assert.All(result.Steps, s => Assert.Equal(StepRunStatus.Applied, s.Status));
        Assert.Equal(["A1", "B1", "A2"], observer.Reruns.Select(r => r.Step));
        Assert.Equal($"DynamoDB table chat-session-test was re-created on 2025-01-02 00:00:00Z, after B1 ran on {b1Before.Finished:yyyy-MM-dd HH:mm:ss}Z", observer.Reruns[1].Reason);
        Assert.StartsWith("DynamoDB table chat-session-test: DynamoDB table chat-session-test was re-created", Assert.Single(observer.RenewedBaselines), StringComparison.Ordinal);
        Assert.All(await _ledger.Ledger.ReadAsync("9.9.9", CancellationToken.None), r => Assert.Equal([_store.Identity], r.Stores));
        Assert.True(result.Verification!.Passed);
    }

    [Fact]
    public async Task Verify_does_not_compare_a_baseline_of_a_store_since_re_created()
    {
        await _runner.RunAsync(_migration, "migrate", new SilentObserver(), CancellationToken.None);
        _store.Recreate();

        var verdict = await _runner.VerifyAsync(_migration, new SilentObserver(), CancellationToken.None);

        var additive = Assert.Single(verdict.Checks, c => !c.Passed);
        Assert.StartsWith("not comparable: DynamoDB table chat-session-test was re-created on 2025-01-02 00:00:00Z, after the baseline was recorded", additive.Summary, StringComparison.Ordinal);
        Assert.Contains("pika-migrate migrate 9.9.9", additive.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Records_created_after_the_baseline_are_not_original_content()
    {
        await _runner.RunAsync(_migration, "migrate", new SilentObserver(), CancellationToken.None);
        _baseline.CreatedSince = 12;

        var verdict = await _runner.VerifyAsync(_migration, new SilentObserver(), CancellationToken.None);

        Assert.True(verdict.Passed);
        Assert.EndsWith("; 12 records created since are not part of it", verdict.Checks[^1].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_step_that_does_not_finish_stops_the_run_and_is_resumed_by_the_next()
    {
        _b1.Apply = _ => Task.FromResult(_b1.Done(succeeded: false));

        var first = await _runner.RunAsync(_migration, "migrate", new SilentObserver(), CancellationToken.None);

        Assert.False(first.Succeeded);
        Assert.Null(first.Verification);
        Assert.Equal([StepRunStatus.Applied, StepRunStatus.Applied, StepRunStatus.NotReached], first.Steps.Select(s => s.Status));
        var b1 = Assert.Single(await _ledger.Ledger.ReadAsync("9.9.9", CancellationToken.None), r => r.StepId == "B1");
        Assert.Equal(StepState.Failed, b1.State);
        Assert.Equal(["s-1: throttled"], b1.Failures);

        _b1.Apply = null;
        var second = await _runner.RunAsync(_migration, "migrate", new SilentObserver(), CancellationToken.None);

        Assert.True(second.Succeeded);
        Assert.Equal([StepRunStatus.Skipped, StepRunStatus.Applied, StepRunStatus.Applied], second.Steps.Select(s => s.Status));
    }

    [Fact]
    public async Task A_killed_step_keeps_its_checkpoints_and_the_next_run_hands_them_back()
    {
        string? seenOnResume = null;
        _b1.Apply = async context =>
        {
            seenOnResume = await context.Checkpoints.ReadAsync("segment-0", CancellationToken.None);
            await context.Checkpoints.WriteAsync("segment-0", "page 7", CancellationToken.None);
            throw new IOException("connection reset");
        };

        await Assert.ThrowsAsync<IOException>(() => _runner.RunAsync(_migration, "migrate", new SilentObserver(), CancellationToken.None));
        var b1 = Assert.Single(await _ledger.Ledger.ReadAsync("9.9.9", CancellationToken.None), r => r.StepId == "B1");
        Assert.Equal(StepState.Failed, b1.State);
        Assert.Equal("connection reset", b1.Summary);
        Assert.Null((await _ledger.Lock.ReadAsync(CancellationToken.None)));

        await Assert.ThrowsAsync<IOException>(() => _runner.RunAsync(_migration, "migrate", new SilentObserver(), CancellationToken.None));
        Assert.Equal("page 7", seenOnResume);
    }

    [Fact]
    public async Task Verify_fails_the_additive_only_check_when_original_content_changed()
    {
        await _runner.RunAsync(_migration, "migrate", new SilentObserver(), CancellationToken.None);
        _baseline.Digest = "3:00000000000000000000000000000abd";

        var verdict = await _runner.VerifyAsync(_migration, new SilentObserver(), CancellationToken.None);

        Assert.False(verdict.Passed);
        var additive = Assert.Single(verdict.Checks, c => !c.Passed);
        Assert.StartsWith("Additive-only", additive.Name, StringComparison.Ordinal);
        Assert.Contains("some original field differs", additive.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_step_run_again_because_its_check_fails_is_handed_the_failing_checks_to_mend()
    {
        await _runner.RunAsync(_migration, "migrate", new SilentObserver(), CancellationToken.None);
        Assert.Empty(_b1.HandedFailedChecks);
        _b1.Passes = false;
        _b1.Apply = _ =>
        {
            _b1.Passes = true;
            return Task.FromResult(_b1.Done());
        };

        var result = await _runner.RunAsync(_migration, "migrate", new SilentObserver(), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal("B1 holds", Assert.Single(_b1.HandedFailedChecks).Name);
        Assert.Equal(1, _a1.Applied);
    }

    [Fact]
    public async Task A_step_that_takes_its_own_baseline_as_it_reads_is_handed_it_instead_of_a_read_of_the_whole_store_first()
    {
        _b1.TakesOwnBaseline = true;
        var cutoff = DateTimeOffset.UtcNow;
        _b1.Apply = async context =>
        {
            var pending = Assert.Single(context.Baselines);
            Assert.Same(_baseline, pending.Baseline);
            Assert.InRange(pending.CreatedBefore, cutoff, DateTimeOffset.UtcNow);
            await pending.CompleteAsync(new StoreDigest("DynamoDB", _store.Name, "2:000000000000000000000000000000ff", ["user_type"], 1), cutoff, CancellationToken.None);
            return _b1.Done();
        };

        var result = await _runner.RunStepAsync("9.9.9", _b1, [_store], [_baseline], "step B1", new SilentObserver(), CancellationToken.None);

        Assert.Equal(StepRunStatus.Applied, result.Status);
        Assert.Equal(["apply B1"], _journal);
        var recorded = JsonSerializer.Deserialize<BaselineRecord>((await _ledger.Checkpoints.ReadAsync($"9.9.9/baseline/{_baseline.Name}", CancellationToken.None))!)!;
        Assert.Equal("2:000000000000000000000000000000ff", recorded.Digest.Digest);
        Assert.Equal(1, recorded.Digest.CreatedSince);
        Assert.Equal(cutoff, recorded.Recorded);
        Assert.Equal(_store.Identity, recorded.Store);

        // Recorded for this store: the next run has nothing to hand over.
        _b1.Apply = null;
        await _runner.RunStepAsync("9.9.9", _b1, [_store], [_baseline], "step B1", new SilentObserver(), CancellationToken.None);
        Assert.Empty(_b1.HandedBaselines);
    }

    [Fact]
    public async Task A_step_that_took_over_its_baseline_and_did_not_record_it_does_not_succeed()
    {
        _b1.TakesOwnBaseline = true;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _runner.RunStepAsync("9.9.9", _b1, [_store], [_baseline], "step B1", new SilentObserver(), CancellationToken.None));

        Assert.Contains("without recording the additive-only baseline of DynamoDB table chat-session-test", error.Message, StringComparison.Ordinal);
        Assert.Equal(StepState.Failed, Assert.Single(await _ledger.Ledger.ReadAsync("9.9.9", CancellationToken.None)).State);
        Assert.Null(await _ledger.Checkpoints.ReadAsync($"9.9.9/baseline/{_baseline.Name}", CancellationToken.None));
    }

    [Fact]
    public async Task A_baseline_is_recorded_before_the_first_write_to_its_store_not_before_a_step_on_other_stores()
    {
        var result = await _runner.RunStepAsync("9.9.9", _a1, [new ScriptedStore("another-table")], [_baseline], "step A1", new SilentObserver(), CancellationToken.None);

        Assert.Equal(StepRunStatus.Applied, result.Status);
        Assert.Equal(["apply A1"], _journal);

        await _runner.RunStepAsync("9.9.9", _b1, [_store], [_baseline], "step B1", new SilentObserver(), CancellationToken.None);
        Assert.Equal(["apply A1", "digest", "apply B1"], _journal);
    }

    [Fact]
    public async Task Verify_without_a_recorded_baseline_does_not_pass()
    {
        var verdict = await _runner.VerifyAsync(_migration, new SilentObserver(), CancellationToken.None);

        Assert.False(verdict.Passed);
        Assert.Contains(verdict.Checks, c => !c.Passed && c.Summary.StartsWith("not proven", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_run_refuses_while_another_holds_the_lock_and_applies_nothing()
    {
        await using var other = await Lease.AcquireAsync(_ledger.Lock, _ledger.Description, "other run", new LeaseOptions(), TimeProvider.System, CancellationToken.None);

        await Assert.ThrowsAsync<LockHeldException>(() => _runner.RunAsync(_migration, "migrate", new SilentObserver(), CancellationToken.None));

        Assert.Empty(_journal);
        Assert.Empty(await _ledger.Ledger.ReadAsync("9.9.9", CancellationToken.None));
    }

    [Fact]
    public async Task An_unreadable_ledger_stops_before_anything_runs()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "ledger.json"), "not json");

        await Assert.ThrowsAsync<PreflightException>(() => _runner.RunAsync(_migration, "migrate", new SilentObserver(), CancellationToken.None));

        Assert.Empty(_journal);
    }

    [Fact]
    public async Task The_plan_skips_succeeded_steps_and_names_a_lock_holder()
    {
        _a2.Apply = _ => Task.FromResult(_a2.Done(succeeded: false));
        await _runner.RunAsync(_migration, "migrate", new SilentObserver(), CancellationToken.None);
        await using var other = await Lease.AcquireAsync(_ledger.Lock, _ledger.Description, "other run", new LeaseOptions(), TimeProvider.System, CancellationToken.None);
        _journal.Clear();

        var plan = await _runner.PlanAsync(_migration, new SilentObserver(), CancellationToken.None);

        Assert.Equal(["verify A1", "verify B1", "plan A2"], _journal);
        Assert.Equal([false, false, true], plan.Steps.Select(s => s.WillRun));
        Assert.Equal("other run", plan.LockHolder!.Command);
        Assert.False(plan.IsRunnable);
    }

    [Fact]
    public async Task A_single_step_runs_even_when_it_succeeded_before()
    {
        await _runner.RunAsync(_migration, "migrate", new SilentObserver(), CancellationToken.None);

        var result = await _runner.RunStepAsync("9.9.9", _b1, [_store], [_baseline], "step B1", new SilentObserver(), CancellationToken.None);

        Assert.Equal(StepRunStatus.Applied, result.Status);
        Assert.Equal(2, _b1.Applied);
    }

    [Fact]
    public async Task A_killed_run_of_this_machine_is_taken_over_at_once_and_the_takeover_recorded()
    {
        var dead = LockHolder.ForThisProcess("killed migrate", DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1)) with { ProcessId = DeadProcessId() };
        Assert.True((await _ledger.Lock.TryAcquireAsync(dead, CancellationToken.None)).Acquired);
        var observer = new SilentObserver();

        var result = await _runner.RunAsync(_migration, "migrate", observer, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Empty(observer.LockWaits);
        Assert.Equal(dead, Assert.Single(observer.Takeovers));
        var takeover = JsonSerializer.Deserialize<LockTakeover>((await _ledger.Checkpoints.ReadAsync(LockTakeover.LedgerKey, CancellationToken.None))!)!;
        Assert.Equal(dead.LeaseId, takeover.Dead.LeaseId);
        Assert.Equal(Environment.ProcessId, takeover.By.ProcessId);
        Assert.Null(await _ledger.Lock.ReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_holder_whose_pid_was_reused_by_another_process_is_taken_over()
    {
        var parent = ParentProcessId();
        var reused = LockHolder.ForThisProcess("killed migrate", DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1)) with
        {
            ProcessId = parent,
            ProcessStart = LocalProcesses.StartTicks(parent) + 1,
        };
        Assert.True((await _ledger.Lock.TryAcquireAsync(reused, CancellationToken.None)).Acquired);
        var observer = new SilentObserver();

        var result = await _runner.RunAsync(_migration, "migrate", observer, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Single(observer.Takeovers);
    }

    [Fact]
    public async Task A_dead_holder_whose_lease_does_not_say_when_it_started_is_waited_out()
    {
        var dead = LockHolder.ForThisProcess("killed migrate", DateTimeOffset.UtcNow, TimeSpan.FromSeconds(1)) with { ProcessId = DeadProcessId(), ProcessStart = null };
        Assert.True((await _ledger.Lock.TryAcquireAsync(dead, CancellationToken.None)).Acquired);
        var observer = new SilentObserver();

        var result = await _runner.RunAsync(_migration, "migrate", observer, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Single(observer.LockWaits);
        Assert.Empty(observer.Takeovers);
    }

    [Fact]
    public async Task A_holder_of_another_host_is_refused_even_with_a_pid_that_does_not_run_here()
    {
        var elsewhere = LockHolder.ForThisProcess("migrate on the CI runner", DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1)) with { Host = "ci-runner-7", ProcessId = DeadProcessId() };

        await AssertRefusedAtOnceAsync(elsewhere);
    }

    [Fact]
    public async Task A_live_holder_is_refused_at_once()
    {
        var parent = ParentProcessId();
        var live = LockHolder.ForThisProcess("running migrate", DateTimeOffset.UtcNow, TimeSpan.FromSeconds(1)) with { ProcessId = parent, ProcessStart = LocalProcesses.StartTicks(parent) };

        await AssertRefusedAtOnceAsync(live);
    }

    /// <summary>With <paramref name="holder"/> holding the lock, a run is refused: no wait, no takeover, nothing applied.</summary>
    private async Task AssertRefusedAtOnceAsync(LockHolder holder)
    {
        Assert.True((await _ledger.Lock.TryAcquireAsync(holder, CancellationToken.None)).Acquired);
        var observer = new SilentObserver();

        await Assert.ThrowsAsync<LockHeldException>(() => _runner.RunAsync(_migration, "migrate", observer, CancellationToken.None));

        Assert.Empty(observer.LockWaits);
        Assert.Empty(observer.Takeovers);
        Assert.Empty(_journal);
    }

    /// <summary>A process id that ran on this machine and has exited.</summary>
    private static int DeadProcessId()
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }

    /// <summary>A process of this machine that is certainly running: the one that started the tests.</summary>
    private static int ParentProcessId() =>
        int.Parse(File.ReadAllText("/proc/self/stat").Split(' ')[3], System.Globalization.CultureInfo.InvariantCulture);
}
