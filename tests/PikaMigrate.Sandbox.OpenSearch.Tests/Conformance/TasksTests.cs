using PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Conformance;

[Collection(EngineCollection.Name)]
public sealed class TasksTests(EngineFixture engine)
{
    private async Task<string> Docs(int count)
    {
        var index = engine.NewIndex("tasks");
        await engine.Client.Index(index, [.. Enumerable.Range(0, count).Select(i => ($"{i}", (object)new { a = i }))]);
        return index;
    }

    [Fact]
    public async Task A_throttled_task_runs_with_live_status_then_stores_its_response()
    {
        var index = await Docs(6);
        var started = (await engine.Client.Post($"/{index}/_update_by_query?wait_for_completion=false&scroll_size=2&requests_per_second=4&conflicts=proceed",
            """{"script":{"source":"ctx._source.b = ctx._source.a"}}""")).Expect(200);
        var taskId = started.String("task")!;
        Assert.Matches(@"^[A-Za-z0-9_-]{22}:\d+$", taskId);

        var running = (await engine.Client.Get($"/_tasks/{taskId}")).Expect(200);
        Assert.False(running["completed"]!.GetValue<bool>());
        Assert.Null(running["response"]);
        Assert.Equal("indices:data/write/update/byquery", running.String("task.action"));
        Assert.Equal("transport", running.String("task.type"));
        Assert.Equal(6, running.Long("task.status.total"));
        Assert.Equal("4.0", running.Raw("task.status.requests_per_second"));
        Assert.StartsWith($"update-by-query [{index}] updated with Script{{type=inline, lang='painless', idOrCode='ctx._source.b = ctx._source.a'", running.String("task.description"));

        var done = await TaskPolling.UntilCompleted(engine.Client, taskId);
        Assert.Equal(6, done.Long("response.updated"));
        Assert.Equal(3, done.Long("response.batches"));
        Assert.Equal(0, done.Long("response.created"));
        Assert.True(done.Long("response.throttled_millis") > 0);
        Assert.Equal("[]", done.Raw("response.failures"));
        Assert.Equal(6, done.Long("task.status.updated"));
    }

    [Fact]
    public async Task A_sliced_task_shows_finished_slices_and_lists_its_children()
    {
        var index = await Docs(40);
        var taskId = (await engine.Client.Post($"/{index}/_update_by_query?wait_for_completion=false&slices=2&scroll_size=10&requests_per_second=8")).Expect(200).String("task")!;
        var running = (await engine.Client.Get($"/_tasks/{taskId}")).Expect(200);
        Assert.Equal(2, running.Path("task.status.slices")!.AsArray().Count);
        var children = (await engine.Client.Get($"/_tasks?parent_task_id={taskId}&detailed=true&actions=*byquery")).Expect(200);
        var childTasks = children.Path("nodes")!.AsObject().Single().Value!["tasks"]!.AsObject();
        Assert.Equal(2, childTasks.Count);
        Assert.All(childTasks, kv => Assert.Equal(taskId, kv.Value!["parent_task_id"]!.GetValue<string>()));

        var done = await TaskPolling.UntilCompleted(engine.Client, taskId);
        Assert.Equal(40, done.Long("response.updated"));
        Assert.Equal(2, done.Path("response.slices")!.AsArray().Count);
        Assert.Equal(40, done.Path("task.status.slices")!.AsArray().Sum(s => s!["updated"]!.GetValue<long>()));
    }

    [Fact]
    public async Task Errors_end_a_stored_task_and_unknown_tasks_are_404()
    {
        var index = await Docs(2);
        var taskId = (await engine.Client.Post($"/{index}/_update_by_query?wait_for_completion=false", """{"script":{"source":"ctx._source.a.b.c = 1"}}""")).Expect(200).String("task")!;
        var done = await TaskPolling.UntilCompleted(engine.Client, taskId);
        Assert.Equal("script_exception", done.String("error.type"));
        Assert.Null(done["response"]);

        var node = taskId.Split(':')[0];
        (await engine.Client.Get($"/_tasks/{node}:999999")).ExpectError(404, "resource_not_found_exception", $"task [{node}:999999] isn't running and hasn't stored its results");
        var waited = (await engine.Client.Post($"/{index}/_update_by_query")).Expect(200);
        Assert.Equal(2, waited.Long("updated"));
    }

    [Fact]
    public async Task A_client_that_disconnects_does_not_stop_its_task()
    {
        var index = await Docs(12);
        using var disconnect = new CancellationTokenSource();
        var run = engine.Client.SendRaw(HttpMethod.Post, $"/{index}/_update_by_query?scroll_size=2&requests_per_second=4", """{"script":{"source":"ctx._source.b = 1"}}""", "application/json", disconnect.Token);
        var taskId = await TaskPolling.UntilRunning(engine.Client, index);
        await disconnect.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

        Assert.False((await engine.Client.Get($"/_tasks/{taskId}")).Expect(200)["completed"]!.GetValue<bool>());
        var waited = (await engine.Client.Get($"/_tasks/{taskId}?wait_for_completion=true&timeout=30s")).Expect(200);
        Assert.True(waited["completed"]!.GetValue<bool>());
        Assert.Null(waited["response"]);
        Assert.Equal(12, waited.Long("task.status.updated"));
        (await engine.Client.Get($"/_tasks/{taskId}")).ExpectError(404, "resource_not_found_exception", $"task [{taskId}] isn't running and hasn't stored its results");
        (await engine.Client.Post($"/{index}/_refresh")).Expect(200);
        Assert.Equal(12, (await engine.Client.Post($"/{index}/_count", """{"query":{"term":{"b":1}}}""")).Long("count"));
    }

    [Fact]
    public async Task Cancel_stops_a_task_and_rethrottle_speeds_it_up()
    {
        var index = await Docs(20);
        var slow = (await engine.Client.Post($"/{index}/_update_by_query?wait_for_completion=false&scroll_size=1&requests_per_second=2")).Expect(200).String("task")!;
        (await engine.Client.Post($"/_tasks/{slow}/_cancel")).Expect(200);
        var cancelled = await TaskPolling.UntilCompleted(engine.Client, slow);
        Assert.Equal("by user request", cancelled.String("response.canceled"));
        Assert.True(cancelled.Long("response.updated") < 20);
        (await engine.Client.Post($"/{index}/_refresh")).Expect(200);

        var throttled = (await engine.Client.Post($"/{index}/_update_by_query?wait_for_completion=false&scroll_size=1&requests_per_second=1")).Expect(200).String("task")!;
        (await engine.Client.Post($"/_update_by_query/{throttled}/_rethrottle?requests_per_second=-1")).Expect(200);
        var done = await TaskPolling.UntilCompleted(engine.Client, throttled);
        Assert.Equal(20, done.Long("response.updated"));
        Assert.Equal("-1.0", done.Raw("response.requests_per_second"));
    }
}
