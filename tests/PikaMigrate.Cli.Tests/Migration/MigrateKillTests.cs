using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;
using PikaMigrate.Testing;
using PikaMigrate.Testing.Data;
using PikaMigrate.Testing.DynamoDb;

namespace PikaMigrate.Cli.Tests.Migration;

/// <summary>
/// <c>migrate 0.11.0</c> as its own process, stopped in the middle of a step, then run again at once. Killed with
/// SIGKILL, it leaves its lease behind: the rerun sees that the holder's process (this machine, this boot, its pid and
/// start time) no longer exists and takes the lock over without waiting. Stopped with SIGTERM, it checkpoints, releases
/// the lock and exits 130. Either way the rerun resumes from the checkpoints and ends exactly where an uninterrupted
/// run ends.
/// </summary>
[Collection(MigrationCollection.Name)]
public sealed class MigrateKillTests(DynamoDbLocalFixture dynamo, OpenSearchEngineFixture engine)
{
    private const string CopyAction = "indices:data/write/update/byquery";
    private static readonly TimeSpan StepDeadline = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_run_killed_during_B1_is_taken_over_at_once_resumed_and_converges()
    {
        using var scenario = await MigrationScenario.SeedAsync(dynamo, engine, "mig-kill-b1", GuideShape.Small with { Sessions = 1200, Users = 100, PreTyped = 50 });
        int killedPid;
        using (var child = CliProcess.Start(scenario.Command("migrate", "--yes"), scenario.WorkDirectory))
        {
            killedPid = child.Id;
            await WaitForB1MidwayAsync(child, scenario);
            await child.KillAsync();
        }

        Assert.Equal("Succeeded", scenario.Ledger.StepState(MigrationScenario.Version, "A1"));
        Assert.True(scenario.Ledger.StepState(MigrationScenario.Version, "B1") == "Running", "the kill came after B1 had finished");
        Assert.Null(scenario.Ledger.StepState(MigrationScenario.Version, "A2"));
        var typedAtKill = await scenario.Admin.CountWithAsync(scenario.SessionTable, "user_type");
        var status = await scenario.RunAsync(scenario.Status());
        var report = StatusReport.Parse(await scenario.RunAsync(scenario.Status("--json")));
        Assert.Equal("succeeded", StatusTable.State(status, "update-session-mapping"));
        Assert.Equal("interrupted (re-run resumes)", StatusTable.State(status, "backfill-session-metadata"));
        Assert.Equal("pending", StatusTable.State(status, "copy-to-keyword-fields"));
        Shows.Text(status, "Checkpoint 0.11.0/B1/run: ");
        Shows.Text(status, $"Lock: left by a run of this machine that no longer exists (pid {killedPid}, 'pika-migrate migrate 0.11.0");
        Shows.Text(status, "the next run takes it over at once.");
        Assert.Equal(["succeeded", "interrupted", "pending"], [report.States["A1"], report.States["B1"], report.States["A2"]]);
        Assert.Contains("0.11.0/B1/run", report.Checkpoints.Keys);

        // The dead run's lease has most of its 60 s left: the rerun does not wait for it.
        var rerun = await scenario.RunAsync(scenario.Command("migrate", "--yes"));

        Shows.Exit(rerun, 0);
        Assert.DoesNotContain("waiting", rerun.StandardOutput, StringComparison.Ordinal);
        Shows.InOrder(
            rerun,
            $"The lock was held by a run of this machine that no longer exists (pid {killedPid}",
            "took it over at once (recorded in the ledger)",
            "✓ A1 update-session-mapping: already done",
            "▶ B1 backfill-session-metadata",
            "Resuming the interrupted run",
            "Scanned: 1200",
            "▶ A2 copy-to-keyword-fields",
            "✅ Fully migrated to 0.11.0: all 10 checks hold.");
        // The sessions the killed run typed are kept (its writes reached DynamoDB, perhaps even after the kill), and
        // their documents, which it never mirrored, are brought level: the final state is checked field by field.
        var skipped = int.Parse(Regex.Match(rerun.StandardOutput, @"Skipped: (\d+) \(already had user_type\)").Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(skipped, typedAtKill, 1200);
        await scenario.AssertMigratedAsync();
        var missingUsers = Path.Combine(scenario.WorkDirectory, BackfillOptions.DefaultMissingUsersFile(scenario.SessionTable));
        Assert.Equal(scenario.Dataset.MissingUserIds(), File.ReadAllLines(missingUsers));
        var after = StatusReport.Parse(await scenario.RunAsync(scenario.Status("--json")));
        Assert.Equal(["succeeded", "succeeded", "succeeded"], [after.States["A1"], after.States["B1"], after.States["A2"]]);
        Assert.DoesNotContain(after.Checkpoints.Keys, k => k.StartsWith("0.11.0/B1/", StringComparison.Ordinal));
        Shows.Text(await scenario.RunAsync(scenario.Status()), $"Last lock takeover: ");
        Assert.Equal(killedPid, (int)after.LastTakeover!["dead"]!["processId"]!);
    }

    [Fact]
    public async Task A_run_stopped_with_SIGTERM_during_B1_releases_the_lock_exits_130_and_is_resumed()
    {
        using var scenario = await MigrationScenario.SeedAsync(dynamo, engine, "mig-term-b1", GuideShape.Small with { Sessions = 1200, Users = 100, PreTyped = 50 });
        using (var child = CliProcess.Start(scenario.Command("migrate", "--yes"), scenario.WorkDirectory))
        {
            await WaitForB1MidwayAsync(child, scenario);
            child.Signal("TERM");

            Assert.Equal(130, await child.WaitForExitAsync(StepDeadline));
            Assert.Contains("Interrupted. Run the same command again to resume.", child.Output, StringComparison.Ordinal);
        }

        // The run recorded why it stopped, kept its checkpoints, and left the lock free.
        Assert.Equal("Failed", scenario.Ledger.StepState(MigrationScenario.Version, "B1"));
        Assert.NotNull(scenario.Ledger.Checkpoint("0.11.0/B1/run"));
        var status = await scenario.RunAsync(scenario.Status());
        Assert.Equal("failed (re-run resumes)", StatusTable.State(status, "backfill-session-metadata"));
        Shows.Text(status, "interrupted; run again to resume");
        Shows.Text(status, "Lock: free.");

        var rerun = await scenario.RunAsync(scenario.Command("migrate", "--yes"));

        Shows.Exit(rerun, 0);
        Assert.DoesNotContain("The lock", rerun.StandardOutput, StringComparison.Ordinal);
        Shows.InOrder(
            rerun,
            "✓ A1 update-session-mapping: already done",
            "▶ B1 backfill-session-metadata",
            "Resuming the interrupted run",
            "Scanned: 1200",
            "✅ Fully migrated to 0.11.0: all 10 checks hold.");
        await scenario.AssertMigratedAsync();
    }

    [Fact]
    public async Task A_run_killed_during_A2_is_finished_on_the_same_task_and_converges()
    {
        // 1,200 documents make two batches of the copy (scroll size 1,000); throttled to 250 a second, the task waits
        // 4 s between them, which is when the run is killed. Every session is typed already, so B1 only scans.
        using var scenario = await MigrationScenario.SeedAsync(dynamo, engine, "mig-kill-a2", GuideShape.Small with { Sessions = 1200, Users = 100, PreTyped = 1200 });
        await using var proxy = await EngineProxy.ThrottlingAsync(engine.Endpoint, requestsPerSecond: 250);
        var throughProxy = scenario.EnvFileWith("throttled", "PIKA_DOMAIN_ENDPOINT", proxy.Endpoint.GetLeftPart(UriPartial.Authority));
        string taskId;
        using (var child = CliProcess.Start(scenario.CommandUsing(throughProxy, "migrate", "--yes"), scenario.WorkDirectory))
        {
            await child.WaitUntilAsync(() => Task.FromResult(RecordedTask(scenario) is not null), "A2 had recorded its task", StepDeadline);
            taskId = RecordedTask(scenario)!;
            await child.KillAsync();
        }

        Assert.Equal("Succeeded", scenario.Ledger.StepState(MigrationScenario.Version, "A1"));
        Assert.Equal("Succeeded", scenario.Ledger.StepState(MigrationScenario.Version, "B1"));
        Assert.True(scenario.Ledger.StepState(MigrationScenario.Version, "A2") == "Running", "the kill came after A2 had finished");
        Assert.Equal([taskId], await RunningCopyTasksAsync(scenario.Index));

        using var stopWatching = new CancellationTokenSource();
        var watching = WatchCopyTasksAsync(scenario.Index, stopWatching.Token);
        var rerun = await scenario.RunAsync(scenario.Command("migrate", "--yes", "--json"));
        await stopWatching.CancelAsync();
        var seen = await watching;

        Shows.Exit(rerun, 0);
        Shows.Text(rerun, $"Re-attaching to update_by_query task {taskId}", onStandardError: true);
        using var json = JsonDocument.Parse(rerun.StandardOutput);
        Assert.True(json.RootElement.GetProperty("succeeded").GetBoolean());
        var a2 = json.RootElement.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("step").GetProperty("id").GetString() == "A2");
        var round = Assert.Single(a2.GetProperty("outcome").GetProperty("details").GetProperty("rounds").EnumerateArray());
        Assert.Equal(taskId, round.GetProperty("taskId").GetString());
        Assert.True(round.GetProperty("reattached").GetBoolean());

        // The killed run's task was still running when the rerun attached to it, never beside a second copy, and none
        // was started after it: the engine numbers its tasks in order and keeps the result of every one started with
        // wait_for_completion=false, so the next number is unknown to it.
        Assert.Contains(seen, running => running.SequenceEqual([taskId]));
        Assert.All(seen, running => Assert.True(running.Count == 0 || running.SequenceEqual([taskId]), $"copy tasks running at once: {string.Join(", ", running)}"));
        using var next = await engine.Http.GetAsync(new Uri($"_tasks/{NextTaskId(taskId)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, next.StatusCode);
        await scenario.AssertMigratedAsync();
    }

    /// <summary>Until B1 runs, has recorded its run and has typed sessions beyond the 50 seeded typed.</summary>
    private static Task WaitForB1MidwayAsync(CliProcess child, MigrationScenario scenario) => child.WaitUntilAsync(
        async () => scenario.Ledger.StepState(MigrationScenario.Version, "B1") == "Running"
            && scenario.Ledger.Checkpoint("0.11.0/B1/run") is not null
            && await scenario.Admin.CountWithAsync(scenario.SessionTable, "user_type") > 50,
        "B1 had typed sessions",
        StepDeadline);

    private static string? RecordedTask(MigrationScenario scenario) =>
        scenario.Ledger.Checkpoint("0.11.0/A2/update-by-query") is { } checkpoint ? (string?)JsonNode.Parse(checkpoint)?["TaskId"] : null;

    private static string NextTaskId(string taskId)
    {
        var colon = taskId.LastIndexOf(':');
        return $"{taskId[..colon]}:{long.Parse(taskId[(colon + 1)..], CultureInfo.InvariantCulture) + 1}";
    }

    private async Task<List<string>> RunningCopyTasksAsync(string index)
    {
        var tasks = await engine.SendAsync(HttpMethod.Get, $"_tasks?actions={CopyAction}&detailed=true");
        return
        [
            .. tasks!["nodes"]!.AsObject()
                .SelectMany(n => n.Value!["tasks"]!.AsObject())
                .Where(t => t.Value!["parent_task_id"] is null && ((string?)t.Value!["description"])?.Contains($"[{index}]", StringComparison.Ordinal) == true)
                .Select(t => t.Key),
        ];
    }

    /// <summary>The copy tasks running on the index, sampled until cancelled.</summary>
    private async Task<List<List<string>>> WatchCopyTasksAsync(string index, CancellationToken stop)
    {
        var samples = new List<List<string>>();
        while (!stop.IsCancellationRequested)
        {
            samples.Add(await RunningCopyTasksAsync(index));
            try
            {
                await Task.Delay(20, stop);
            }
            catch (OperationCanceledException)
            {
            }
        }

        return samples;
    }
}
