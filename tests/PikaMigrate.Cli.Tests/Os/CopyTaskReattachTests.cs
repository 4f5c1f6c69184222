using System.Text.Json;
using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Core.Ledger.JsonFile;
using PikaMigrate.Testing;

namespace PikaMigrate.Cli.Tests.Os;

/// <summary>
/// The copy task outlives the tool: a run interrupted while its throttled update_by_query task is running leaves
/// the task id in the ledger, and the next run re-attaches to that task instead of starting a second one.
/// </summary>
[Collection(OsEngineCollection.Name)]
public sealed class CopyTaskReattachTests(OpenSearchEngineFixture engine)
{
    [Fact]
    public async Task A_rerun_after_an_interrupted_run_attaches_to_the_same_task()
    {
        var index = await OsIndex.SeedAsync(engine, 300);
        await index.RunAsync("update-session-mapping", "--yes");
        using var interrupt = new CancellationTokenSource();

        // Throttled to ~100 documents a second in batches of 50, so the task is still running when the tool stops.
        var first = index.RunAsync("copy-to-keyword-fields", interrupt.Token, "--yes", "--scroll-size", "50", "--requests-per-second", "100");
        var taskId = await RecordedTaskAsync(index, first);
        await interrupt.CancelAsync();
        var interrupted = await first;
        var stillRunning = await RunningCopyTasksAsync();
        var second = await index.RunAsync("copy-to-keyword-fields", "--yes", "--json");

        Shows.Exit(interrupted, 130);
        Assert.Equal([taskId], stillRunning);
        Shows.Exit(second, 0);
        Shows.Text(second, $"Re-attaching to update_by_query task {taskId}", onStandardError: true);
        using var json = JsonDocument.Parse(second.StandardOutput);
        var rounds = json.RootElement.GetProperty("outcome").GetProperty("details").GetProperty("rounds").EnumerateArray().ToList();
        var round = Assert.Single(rounds);
        Assert.Equal(taskId, round.GetProperty("taskId").GetString());
        Assert.True(round.GetProperty("reattached").GetBoolean());
        Assert.Equal(300, json.RootElement.GetProperty("outcome").GetProperty("figures").GetProperty("Updated").GetInt64());
        Assert.Empty(await RunningCopyTasksAsync());
    }

    /// <summary>Waits for the running command to record its task in the ledger (it does so before the first poll).</summary>
    private static async Task<string> RecordedTaskAsync(OsIndex index, Task running)
    {
        var checkpoints = FileLedger.Open(index.Ledger, TimeProvider.System).Checkpoints;
        while (!running.IsCompleted)
        {
            if (File.Exists(index.Ledger) && await checkpoints.ReadAsync("0.11.0/A2/update-by-query", default) is { } json
                && JsonDocument.Parse(json).RootElement.GetProperty("TaskId").GetString() is { } id)
            {
                return id;
            }

            await Task.Delay(20);
        }

        throw new InvalidOperationException($"The command ended before recording a task: {await (Task<Harness.CliResult>)running}");
    }

    private async Task<List<string>> RunningCopyTasksAsync()
    {
        var tasks = await engine.SendAsync(HttpMethod.Get, "_tasks?actions=indices:data/write/update/byquery&detailed=true");
        return [.. tasks!["nodes"]!.AsObject().SelectMany(n => n.Value!["tasks"]!.AsObject()).Where(t => t.Value!["parent_task_id"] is null).Select(t => t.Key)];
    }
}
