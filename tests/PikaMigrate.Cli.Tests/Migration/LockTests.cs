using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Core.Locking;
using PikaMigrate.Testing;

namespace PikaMigrate.Cli.Tests.Migration;

/// <summary>One run at a time: a live holder keeps <c>migrate</c> out (exit 3, naming it); an expired lease of another machine does not.</summary>
[Collection(MigrationCollection.Name)]
public sealed class LockTests(DynamoDbLocalFixture dynamo, OpenSearchEngineFixture engine)
{
    private const string OtherRun = "pika-migrate migrate 0.11.0 --yes (another terminal)";

    [Fact]
    public async Task While_another_run_holds_the_lock_migrate_exits_3_naming_it_and_writes_nothing()
    {
        using var scenario = await MigrationScenario.SeedAsync(dynamo, engine, "mig-locked");
        var ledger = scenario.OpenLedger();
        await using var held = await Lease.AcquireAsync(ledger.Lock, ledger.Description, OtherRun, new LeaseOptions(), TimeProvider.System, CancellationToken.None);
        var holder = $"{Environment.UserName}@{Environment.MachineName} (pid {Environment.ProcessId}) running '{OtherRun}'";

        var migrate = await scenario.RunAsync(scenario.Command("migrate", "--yes"));
        var plan = await scenario.RunAsync(scenario.Command("plan"));
        var status = await scenario.RunAsync(scenario.Status());
        var report = StatusReport.Parse(await scenario.RunAsync(scenario.Status("--json")));

        Shows.Exit(migrate, 3);
        Shows.Error(migrate, $"✗ Another run holds the migration lock in ledger file {scenario.Ledger.Path}: {holder}");
        Shows.Error(migrate, "Wait for it to finish (pika-migrate status shows it)");
        Assert.DoesNotContain("▶", migrate.StandardOutput, StringComparison.Ordinal);
        Shows.Exit(plan, 3);
        Shows.Text(plan, $"✗ Another run holds the lock: {holder}");
        Shows.Text(status, $"Lock: held by {holder}");
        Assert.True(report.Locked);
        Assert.Equal(Environment.UserName, (string?)report.Holder?["owner"]);
        Assert.Equal(Environment.MachineName, (string?)report.Holder?["host"]);
        Assert.Equal(Environment.ProcessId, (int?)report.Holder?["processId"]);
        Assert.Equal(OtherRun, (string?)report.Holder?["command"]);

        await scenario.AssertUntouchedAsync();
        Assert.Empty(await ledger.Ledger.ReadAsync(MigrationScenario.Version, CancellationToken.None));
        Assert.Empty(await ledger.CheckpointListing.ListAsync(string.Empty, CancellationToken.None));
        Assert.Equal(held.Holder, await ledger.Lock.ReadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task An_expired_lease_of_another_machine_does_not_stop_migrate()
    {
        using var scenario = await MigrationScenario.SeedAsync(dynamo, engine, "mig-stale", fileLedger: false);
        var ledger = scenario.OpenLedger();
        var now = DateTimeOffset.UtcNow;
        var stale = new LockHolder("lease-of-a-vanished-runner", "ops", "ci-runner-7", 4242, OtherRun, now.AddMinutes(-30), now.AddMinutes(-20), now.AddMinutes(-19));
        Assert.True((await ledger.Lock.TryAcquireAsync(stale, CancellationToken.None)).Acquired);

        var status = await scenario.RunAsync(scenario.Status());
        var migrate = await scenario.RunAsync(scenario.Command("migrate", "--yes"));

        Shows.Text(status, "Lock: free (the lease of ops@ci-runner-7 pid 4242 expired at");
        Shows.Exit(migrate, 0);
        Shows.Text(migrate, "✅ Fully migrated to 0.11.0: all 10 checks hold.");
        await scenario.AssertMigratedAsync();
        Assert.Null(await ledger.Lock.ReadAsync(CancellationToken.None));
    }
}
