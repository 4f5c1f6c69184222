using System.Text.Json.Nodes;
using PikaMigrate.Migrations.Tests.Support;
using PikaMigrate.Migrations.V0_11_0.KeywordCopy;
using PikaMigrate.Migrations.V0_11_0.Twins;
using PikaMigrate.Migrations.V0_11_0.UserTypeMirror;
using PikaMigrate.Migrations.V0_11_0.Verification;
using PikaMigrate.OpenSearch.Http;
using PikaMigrate.OpenSearch.Model;
using PikaMigrate.Testing;

namespace PikaMigrate.Migrations.Tests.V0_11_0.KeywordCopy;

/// <summary>The copy's update_by_query task against writers that race it, and against the tool being stopped.</summary>
[Collection(EngineCollection.Name)]
public sealed class CopyTaskLifecycleTests(OpenSearchEngineFixture engine)
{
    [Fact]
    public async Task Documents_changed_under_the_copy_are_picked_up_by_another_round_until_none_remain()
    {
        using var scenario = await SessionIndexScenario.SeedAsync(engine, 1000, preTyped: 1000);
        await scenario.MapTwinsAsync();
        var checkpoints = new TaskRecordingCheckpoints(scenario.Checkpoints);
        // Ten batches of 100 at ~500 documents a second: the last batches run well after the writer below.
        var step = new CopyToKeywordFieldsStep(scenario.Client, scenario.Index, new CopyToKeywordFieldsOptions
        {
            ScrollSize = 100,
            RequestsPerSecond = 500,
            Slices = "1",
            PollInterval = TimeSpan.FromMilliseconds(50),
        });
        var reporter = new RecordingReporter();

        var copying = step.ApplyAsync(scenario.Context(reporter, checkpoints), default);
        await checkpoints.TaskRecorded;
        // The application keeps writing sessions meanwhile (the Lambda's partial updates).
        var raced = scenario.Ids.TakeLast(300).ToList();
        await engine.UpdateAsync(scenario.Index, raced.Select(id => (id, new JsonObject { ["title"] = "renamed while copying" })));
        var outcome = await copying;

        var details = Assert.IsType<CopyToKeywordFieldsDetails>(outcome.Details);
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Failures));
        Assert.True(details.Rounds.Count >= 2, $"{details.Rounds.Count} round(s)");
        Assert.True(details.Rounds[0].Figures.VersionConflicts > 0);
        Assert.Equal(0, details.Rounds[^1].Figures.VersionConflicts);
        Assert.Equal(1000, outcome.Figures.Single(f => f.Name == "Updated").Value);
        Assert.Contains(reporter.Lines, l => l.EndsWith("running again for the remaining documents...", StringComparison.Ordinal));
        Assert.All(details.Verification, v => Assert.True(v.Holds, v.Pair.ToString()));
        var racedDoc = await scenario.ReadAsync(raced[^1]);
        Assert.Equal("renamed while copying", racedDoc["title"]!.GetValue<string>());
        Assert.Equal(racedDoc["source"]!.GetValue<string>(), racedDoc["source_keyword"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_run_stopped_mid_task_is_resumed_by_attaching_to_the_same_task()
    {
        using var scenario = await SessionIndexScenario.SeedAsync(engine, 400, preTyped: 400);
        await scenario.MapTwinsAsync();
        var options = new CopyToKeywordFieldsOptions { ScrollSize = 50, RequestsPerSecond = 200, PollInterval = TimeSpan.FromMilliseconds(50) };
        var checkpoints = new TaskRecordingCheckpoints(scenario.Checkpoints);
        using var stop = new CancellationTokenSource();

        var first = new CopyToKeywordFieldsStep(scenario.Client, scenario.Index, options).ApplyAsync(scenario.Context(null, checkpoints), stop.Token);
        var taskId = await checkpoints.TaskRecorded;
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal([taskId], await RunningCopiesAsync(scenario));

        var reporter = new RecordingReporter();
        var outcome = await new CopyToKeywordFieldsStep(scenario.Client, scenario.Index, options).ApplyAsync(scenario.Context(reporter), default);

        var details = Assert.IsType<CopyToKeywordFieldsDetails>(outcome.Details);
        var round = Assert.Single(details.Rounds);
        Assert.Equal(taskId, round.TaskId);
        Assert.True(round.Reattached);
        Assert.Equal(400, round.Figures.Updated);
        Assert.Contains($"Re-attaching to update_by_query task {taskId}, started by an earlier run, instead of starting another", reporter.Lines);
        Assert.True(outcome.Succeeded);
        Assert.Empty(await RunningCopiesAsync(scenario));
        Assert.Null(await scenario.Checkpoints.ReadAsync(CopyCheckpoint.Key, default));
    }

    [Fact]
    public async Task A_copy_task_running_without_a_record_is_found_and_attached_to()
    {
        // e.g. the tool was killed between the server accepting the task and the checkpoint being written.
        using var scenario = await SessionIndexScenario.SeedAsync(engine, 300, preTyped: 300);
        await scenario.MapTwinsAsync();
        var started = await scenario.Client.StartUpdateByQueryAsync(
            scenario.Index,
            new UpdateByQueryRequest(new JsonObject { ["match_all"] = new JsonObject() }, KeywordCopyScript.Source, ScrollSize: 50, RequestsPerSecond: 300),
            default);
        var reporter = new RecordingReporter();

        var outcome = await new CopyToKeywordFieldsStep(scenario.Client, scenario.Index, new CopyToKeywordFieldsOptions { PollInterval = TimeSpan.FromMilliseconds(50) })
            .ApplyAsync(scenario.Context(reporter), default);

        var round = Assert.Single(Assert.IsType<CopyToKeywordFieldsDetails>(outcome.Details).Rounds);
        Assert.Equal(started.TaskId, round.TaskId);
        Assert.True(round.Reattached);
        Assert.True(outcome.Succeeded);
    }

    private static async Task<List<string>> RunningCopiesAsync(SessionIndexScenario scenario) =>
        [.. (await scenario.Client.ListTasksAsync(OpenSearchClient.UpdateByQueryAction, default)).Where(t => KeywordCopyScript.Describes(t.Description, scenario.Index)).Select(t => t.Id)];
}
