using PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Conformance;

/// <summary>
/// Writers racing an update-by-query: the scroll snapshot's seq_no is checked at write time, so documents
/// changed after the snapshot are version conflicts (counted with proceed, a 409 with abort), never overwritten.
/// Throttling spreads the run over about a second so the writes land before the late batches.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class ConcurrencyTests(EngineFixture engine)
{
    private const int Documents = 60;

    private async Task<string> Docs()
    {
        var index = engine.NewIndex("race");
        await engine.Client.Index(index, [.. Enumerable.Range(0, Documents).Select(i => ($"{i:D3}", (object)new { a = i, writer = "seed" }))]);
        return index;
    }

    private async Task OverwriteLateDocuments(string index)
    {
        var lines = Enumerable.Range(40, 20).SelectMany(i => new object[] { $$$"""{"index":{"_index":"{{{index}}}","_id":"{{{i:D3}}}"}}""", """{"a":-1,"writer":"concurrent"}""" }).ToArray();
        var written = (await engine.Client.Bulk("/_bulk", lines)).Expect(200);
        Assert.False(written["errors"]!.GetValue<bool>());
    }

    [Fact]
    public async Task With_proceed_concurrent_writes_are_counted_as_conflicts_and_win()
    {
        var index = await Docs();
        var taskId = (await engine.Client.Post($"/{index}/_update_by_query?wait_for_completion=false&conflicts=proceed&scroll_size=10&requests_per_second=40",
            """{"script":{"source":"ctx._source.writer = 'ubq'"}}""")).Expect(200).String("task")!;
        await OverwriteLateDocuments(index);
        var searchDuringRun = (await engine.Client.Search(index, """{"size":0,"track_total_hits":true}""")).Expect(200);
        Assert.Equal(Documents, searchDuringRun.Long("hits.total.value"));

        var done = await TaskPolling.UntilCompleted(engine.Client, taskId);
        Assert.Equal(20, done.Long("response.version_conflicts"));
        Assert.Equal(40, done.Long("response.updated"));
        Assert.Equal("[]", done.Raw("response.failures"));
        Assert.Equal("concurrent", (await engine.Client.Get($"/{index}/_doc/059")).String("_source.writer"));
        Assert.Equal("ubq", (await engine.Client.Get($"/{index}/_doc/000")).String("_source.writer"));
    }

    [Fact]
    public async Task With_abort_the_run_stops_with_409_and_conflict_failures()
    {
        var index = await Docs();
        var run = engine.Client.Post($"/{index}/_update_by_query?scroll_size=10&requests_per_second=40", """{"script":{"source":"ctx._source.writer = 'ubq'"}}""");
        await TaskPolling.UntilRunning(engine.Client, index);
        await OverwriteLateDocuments(index);
        var response = await run;
        Assert.Equal(409, response.Status);
        Assert.Equal(10, response.Long("version_conflicts"));
        Assert.Equal(40, response.Long("updated"));
        var failure = response.Path("failures.0")!;
        Assert.Equal(409, failure["status"]!.GetValue<int>());
        Assert.Equal(index, failure["index"]!.GetValue<string>());
        Assert.Equal("version_conflict_engine_exception", failure["cause"]!["type"]!.GetValue<string>());
        Assert.Matches(@"^\[\d{3}\]: version conflict, required seqNo \[\d+\], primary term \[1\]\. current document has seqNo \[\d+\] and primary term \[1\]$",
            failure["cause"]!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Parallel_bulk_writers_get_distinct_sequence_numbers()
    {
        var index = engine.NewIndex("parallel");
        var writers = Enumerable.Range(0, 8).Select(w => engine.Client.Bulk("/_bulk",
            [.. Enumerable.Range(0, 50).SelectMany(i => new object[] { $$$"""{"index":{"_index":"{{{index}}}","_id":"{{{w}}}-{{{i}}}"}}""", "{\"w\":" + w + ",\"i\":" + i + "}" })]));
        var responses = await Task.WhenAll(writers);
        var seqNos = responses.SelectMany(r => r.Expect(200).Path("items")!.AsArray().Select(item => item!["index"]!["_seq_no"]!.GetValue<long>())).ToList();
        Assert.Equal(400, seqNos.Distinct().Count());
        Assert.Equal(399, seqNos.Max());
        (await engine.Client.Post($"/{index}/_refresh")).Expect(200);
        Assert.Equal(400, (await engine.Client.Get($"/{index}/_count")).Long("count"));
    }
}
