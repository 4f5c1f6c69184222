using PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Conformance;

/// <summary>
/// Near-real-time search: writes are searchable after a refresh (scheduled per <c>index.refresh_interval</c>, on
/// <c>_refresh</c>, <c>refresh=true</c>; <c>refresh=wait_for</c> waits for one), gets are real-time, and update by
/// query works on what was searchable when it started. Indices that must not refresh by themselves use
/// <c>refresh_interval: -1</c>, so nothing here depends on timing.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class RefreshTests(EngineFixture engine)
{
    private EngineClient Client => engine.Client;

    private async Task<string> Manual(string prefix)
    {
        var index = engine.NewIndex(prefix);
        await Client.CreateIndex(index, settings: new { refresh_interval = "-1", number_of_replicas = 0 });
        return index;
    }

    private async Task<long> Count(string index, string query = """{"query":{"match_all":{}}}""") =>
        (await Client.Post($"/{index}/_count", query)).Expect(200).Long("count");

    [Fact]
    public async Task Writes_are_searchable_only_after_a_refresh_while_gets_are_real_time()
    {
        var index = await Manual("nrt");
        (await Client.Put($"/{index}/_doc/1", """{"k":"v"}""")).Expect(201);

        Assert.Equal(0, await Count(index));
        Assert.Equal(0, (await Client.Search(index, """{"query":{"term":{"_id":"1"}}}""")).Long("hits.total.value"));
        Assert.Empty((await Client.Search(index, """{"size":0,"aggs":{"k":{"terms":{"field":"k.keyword"}}}}""")).Path("aggregations.k.buckets")!.AsArray());
        Assert.True((await Client.Get($"/{index}/_doc/1")).Expect(200)["found"]!.GetValue<bool>());
        Assert.Equal("v", (await Client.Get($"/{index}/_source/1")).Expect(200).String("k"));
        Assert.True((await Client.Post($"/{index}/_mget", """{"ids":["1"]}""")).Expect(200)["docs"]![0]!["found"]!.GetValue<bool>());
        (await Client.Get($"/{index}/_doc/1?realtime=false")).Expect(404);

        var refreshed = (await Client.Post($"/{index}/_refresh")).Expect(200);
        Assert.Equal("""{"total":1,"successful":1,"failed":0}""", refreshed.Raw("_shards"));
        Assert.Equal(1, await Count(index));
        (await Client.Get($"/{index}/_doc/1?realtime=false")).Expect(200);

        (await Client.Delete($"/{index}/_doc/1")).Expect(200);
        Assert.Equal(1, await Count(index));
        (await Client.Get($"/{index}/_doc/1")).Expect(404);
        (await Client.Get($"/{index}/_refresh")).Expect(200);
        Assert.Equal(0, await Count(index));
    }

    [Fact]
    public async Task Refresh_true_forces_a_refresh_and_says_so_on_every_write_api()
    {
        var index = await Manual("forced");
        var put = (await Client.Put($"/{index}/_doc/1?refresh=true", """{"k":"a"}""")).Expect(201);
        Assert.True(put["forced_refresh"]!.GetValue<bool>());
        Assert.Equal(["_index", "_id", "_version", "result", "forced_refresh", "_shards", "_seq_no", "_primary_term"], put.Json.AsObject().Select(kv => kv.Key));
        Assert.Equal(1, await Count(index));

        Assert.True((await Client.Post($"/{index}/_update/1?refresh", """{"doc":{"k":"b"}}""")).Expect(200)["forced_refresh"]!.GetValue<bool>());
        Assert.Equal(1, await Count(index, """{"query":{"term":{"k.keyword":"b"}}}"""));
        var noop = (await Client.Post($"/{index}/_update/1?refresh=true", """{"doc":{"k":"b"}}""")).Expect(200);
        Assert.Equal("noop", noop.String("result"));
        Assert.Null(noop["forced_refresh"]);

        var bulk = (await Client.Bulk($"/_bulk?refresh=true", $$$"""{"index":{"_index":"{{{index}}}","_id":"2"}}""", """{"k":"c"}""", $$$"""{"delete":{"_index":"{{{index}}}","_id":"1"}}""")).Expect(200);
        Assert.All(bulk.Path("items")!.AsArray(), item => Assert.True(item!.AsObject().First().Value!["forced_refresh"]!.GetValue<bool>()));
        Assert.Equal(1, await Count(index));

        Assert.True((await Client.Delete($"/{index}/_doc/2?refresh=true")).Expect(200)["forced_refresh"]!.GetValue<bool>());
        Assert.Equal(0, await Count(index));
        (await Client.Put($"/{index}/_doc/3?refresh=yes", """{"k":"d"}""")).ExpectError(400, "illegal_argument_exception", "Unknown value for refresh: [yes].");
    }

    [Fact]
    public async Task Refresh_wait_for_answers_once_a_refresh_made_the_write_searchable()
    {
        var index = await Manual("waitfor");
        var waiting = Client.Put($"/{index}/_doc/1?refresh=wait_for", """{"k":"a"}""");
        var bulkWaiting = Client.Bulk($"/{index}/_bulk?refresh=wait_for", """{"index":{"_id":"2"}}""", """{"k":"b"}""");
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted, "wait_for answered before any refresh");
        Assert.False(bulkWaiting.IsCompleted, "wait_for answered before any refresh");

        (await Client.Post($"/{index}/_refresh")).Expect(200);
        var written = (await waiting).Expect(201);
        Assert.Null(written["forced_refresh"]);
        Assert.Null((await bulkWaiting).Expect(200).Path("items.0.index.forced_refresh"));
        Assert.Equal(2, await Count(index));
    }

    [Fact]
    public async Task More_waiting_requests_than_max_refresh_listeners_force_a_refresh()
    {
        var index = engine.NewIndex("listeners");
        await Client.CreateIndex(index, settings: new { refresh_interval = "-1", max_refresh_listeners = 0 });
        var written = (await Client.Put($"/{index}/_doc/1?refresh=wait_for", """{"k":"a"}""")).Expect(201);
        Assert.True(written["forced_refresh"]!.GetValue<bool>());
        Assert.Equal(1, await Count(index));
    }

    [Fact]
    public async Task The_default_interval_refreshes_by_itself_and_put_settings_changes_it()
    {
        var index = engine.NewIndex("interval");
        (await Client.Put($"/{index}/_doc/1", """{"k":"a"}""")).Expect(201);
        await Eventually(async () => await Count(index) == 1);

        (await Client.Put($"/{index}/_settings", """{"index":{"refresh_interval":"-1"}}""")).Expect(200);
        Assert.Equal("-1", (await Client.Get($"/{index}/_settings")).String($"{index}.settings.index.refresh_interval"));
        (await Client.Put($"/{index}/_doc/2", """{"k":"b"}""")).Expect(201);
        await Task.Delay(1500);
        Assert.Equal(1, await Count(index));

        (await Client.Put($"/{index}/_settings", """{"settings":{"refresh_interval":"200ms"}}""")).Expect(200);
        await Eventually(async () => await Count(index) == 2);

        (await Client.Put($"/{index}/_settings", """{"index.refresh_interval":null}""")).Expect(200);
        Assert.Null((await Client.Get($"/{index}/_settings")).Path($"{index}.settings.index.refresh_interval"));
    }

    [Fact]
    public async Task Put_settings_validates_as_OpenSearch_does()
    {
        var index = await Manual("settings");
        var uuid = (await Client.Get($"/{index}/_settings")).String($"{index}.settings.index.uuid");
        (await Client.Put($"/{index}/_settings", """{"refresh_interval":"abc"}""")).ExpectError(400, "illegal_argument_exception",
            "failed to parse setting [index.refresh_interval] with value [abc] as a time value: unit is missing or unrecognized");
        (await Client.Put($"/{index}/_settings", """{"refresh_interval":"1.5s"}""")).ExpectError(400, "illegal_argument_exception",
            "failed to parse [1.5s], fractional time values are not supported");
        (await Client.Put($"/{index}/_settings", """{"refresh_interval":"-2s"}""")).ExpectError(400, "illegal_argument_exception",
            "failed to parse setting [index.refresh_interval] with value [-2s] as a time value: negative durations are not supported");
        (await Client.Put($"/{index}/_settings", """{"refresh_interval":"-1s"}""")).ExpectError(400, "illegal_argument_exception",
            "failed to parse value [-1s] for setting [index.refresh_interval], must be >= [-1]");
        (await Client.Put($"/{index}/_settings", """{"number_of_shards":2}""")).ExpectError(400, "illegal_argument_exception",
            $"Can't update non dynamic settings [[index.number_of_shards]] for open indices [[{index}/{uuid}]]");
        (await Client.Put($"/{index}/_settings", """{"index.foo":1}""")).ExpectError(400, "illegal_argument_exception",
            "unknown setting [index.foo] please check that any required plugins are installed, or check the breaking changes documentation for removed settings");
        (await Client.Put($"/{index}/_settings", "{}")).ExpectError(400, "action_request_validation_exception", "Validation Failed: 1: no settings to update;");
        (await Client.Put("/missing-index/_settings", """{"refresh_interval":"1s"}""")).Expect(404);
        (await Client.Put($"/{engine.NewIndex("badcreate")}", """{"settings":{"refresh_interval":"10"}}""")).ExpectError(400, "illegal_argument_exception",
            "failed to parse setting [index.refresh_interval] with value [10] as a time value: unit is missing or unrecognized");

        (await Client.Put($"/{index}/_settings?preserve_existing=true", """{"refresh_interval":"5s","number_of_replicas":0}""")).Expect(200);
        Assert.Equal("-1", (await Client.Get($"/{index}/_settings")).String($"{index}.settings.index.refresh_interval"));
    }

    [Fact]
    public async Task Update_by_query_scrolls_the_refreshed_view_and_later_changes_are_version_conflicts()
    {
        var index = await Manual("pit");
        await Client.Index(index, ("1", new { k = "a" }), ("2", new { k = "b" }), ("3", new { k = "c" }));
        (await Client.Put($"/{index}/_doc/1", """{"k":"changed"}""")).Expect(200);
        (await Client.Delete($"/{index}/_doc/3")).Expect(200);
        (await Client.Put($"/{index}/_doc/4", """{"k":"new"}""")).Expect(201);

        // The scroll sees 1, 2 and 3 as last refreshed: 1 and 3 changed since, so writing them is a conflict.
        var aborted = (await Client.Post($"/{index}/_update_by_query", """{"script":{"source":"ctx._source.seen = true"}}""")).Expect(409);
        Assert.Equal(3, aborted.Long("total"));
        Assert.Equal(1, aborted.Long("updated"));
        Assert.Equal(2, aborted.Long("version_conflicts"));
        var failures = aborted.Path("failures")!.AsArray();
        Assert.Equal(["1", "3"], failures.Select(f => f!["id"]!.GetValue<string>()));
        Assert.All(failures, f => Assert.Equal(409, f!["status"]!.GetValue<int>()));
        Assert.Equal("version_conflict_engine_exception", failures[0]!["cause"]!["type"]!.GetValue<string>());
        Assert.Equal("[1]: version conflict, required seqNo [0], primary term [1]. current document has seqNo [3] and primary term [1]", failures[0]!["cause"]!["reason"]!.GetValue<string>());
        Assert.Equal("[3]: version conflict, required seqNo [2], primary term [1]. but no document was found", failures[1]!["cause"]!["reason"]!.GetValue<string>());

        // Still the same view: now 2 changed too (written by the run above, not refreshed).
        var proceeded = (await Client.Post($"/{index}/_update_by_query?conflicts=proceed&refresh=true", """{"script":{"source":"ctx._source.seen = true"}}""")).Expect(200);
        Assert.Equal(3, proceeded.Long("total"));
        Assert.Equal(3, proceeded.Long("version_conflicts"));
        Assert.Equal(0, proceeded.Long("updated"));
        Assert.Equal("[]", proceeded.Raw("failures"));

        // refresh=true refreshed the index at the end: the next run sees 1, 2 and 4.
        Assert.Equal(1, await Count(index, """{"query":{"term":{"seen":true}}}"""));
        var next = (await Client.Post($"/{index}/_update_by_query?refresh=true", """{"script":{"source":"ctx._source.seen = true"}}""")).Expect(200);
        Assert.Equal(3, next.Long("updated"));
        Assert.Equal(0, next.Long("version_conflicts"));
        Assert.Equal(3, await Count(index, """{"query":{"term":{"seen":true}}}"""));
    }

    [Fact]
    public async Task Refresh_on_every_write_is_an_engine_option()
    {
        await using var server = await OpenSearchEngineServer.StartAsync(new EngineOptions { RefreshOnEveryWrite = true });
        using var client = new EngineClient(server.Endpoint);
        await client.CreateIndex("every", settings: new { refresh_interval = "-1" });
        var written = (await client.Put("/every/_doc/1", """{"k":"a"}""")).Expect(201);
        Assert.Null(written["forced_refresh"]);
        Assert.Equal(1, (await client.Get("/every/_count")).Long("count"));
        Assert.Null((await client.Put("/every/_doc/2?refresh=wait_for", """{"k":"b"}""")).Expect(201)["forced_refresh"]);
        Assert.Equal(2, (await client.Get("/every/_count")).Long("count"));
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The index did not refresh by itself.");
            await Task.Delay(50);
        }
    }
}
