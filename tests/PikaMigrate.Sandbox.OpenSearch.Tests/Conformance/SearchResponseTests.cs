using PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Conformance;

[Collection(EngineCollection.Name)]
public sealed class SearchResponseTests(EngineFixture engine)
{
    private async Task<string> Sessions(int count)
    {
        var index = engine.NewIndex("page");
        await engine.Client.CreateIndex(index, """{"properties":{"session_id":{"type":"keyword"},"n":{"type":"long"},"title":{"type":"text"}}}""");
        await engine.Client.Index(index, [.. Enumerable.Range(0, count).Select(i => ($"id{i}", (object)new { session_id = $"s{i:D3}", n = i % 3, title = "hello", extra = "x" }))]);
        return index;
    }

    [Fact]
    public async Task Shape_defaults_and_match_all_scores()
    {
        var index = await Sessions(12);
        var response = (await engine.Client.Search(index, "{}")).Expect(200);
        Assert.False(response["timed_out"]!.GetValue<bool>());
        Assert.Equal("""{"total":1,"successful":1,"skipped":0,"failed":0}""", response.Raw("_shards"));
        Assert.Equal("""{"value":12,"relation":"eq"}""", response.Raw("hits.total"));
        Assert.Equal("1.0", response.Raw("hits.max_score"));
        Assert.Equal(10, response.Path("hits.hits")!.AsArray().Count);
        Assert.Equal("1.0", response.Raw("hits.hits.0._score"));
        Assert.Equal(index, response.String("hits.hits.0._index"));

        var filtered = await engine.Client.Search(index, """{"query":{"bool":{"filter":{"term":{"n":1}}}},"size":1}""");
        Assert.Equal("0.0", filtered.Raw("hits.hits.0._score"));
        var empty = await engine.Client.Search(index, """{"size":0}""");
        Assert.Equal("[]", empty.Raw("hits.hits"));
        Assert.Equal("null", empty.Raw("hits.max_score"));
    }

    [Fact]
    public async Task Track_total_hits_variants()
    {
        var index = await Sessions(12);
        Assert.Equal("""{"value":5,"relation":"gte"}""", (await engine.Client.Search(index, """{"track_total_hits":5}""")).Raw("hits.total"));
        Assert.Equal("""{"value":12,"relation":"eq"}""", (await engine.Client.Search(index, """{"track_total_hits":true}""")).Raw("hits.total"));
        Assert.Equal("null", (await engine.Client.Search(index, """{"track_total_hits":false}""")).Raw("hits.total"));
        Assert.Equal("12", (await engine.Client.Post($"/{index}/_search?rest_total_hits_as_int=true", "{}")).Raw("hits.total"));
        (await engine.Client.Search(index, """{"track_total_hits":-2}"""))
            .ExpectError(400, "illegal_argument_exception", "[track_total_hits] parameter must be positive or equals to -1, got -2");
    }

    [Fact]
    public async Task Sort_search_after_and_source_includes_page_through_everything()
    {
        var index = await Sessions(25);
        var seen = new List<string>();
        string? after = null;
        while (true)
        {
            var body = after is null
                ? """{"size":7,"sort":[{"session_id":"asc"}],"_source":["session_id"]}"""
                : $$$"""{"size":7,"sort":[{"session_id":"asc"}],"_source":["session_id"],"search_after":["{{{after}}}"]}""";
            var page = (await engine.Client.Search(index, body)).Expect(200);
            var hits = page.Path("hits.hits")!.AsArray();
            if (hits.Count == 0)
            {
                break;
            }

            foreach (var hit in hits)
            {
                Assert.Equal("null", hit!["_score"]?.ToJsonString() ?? "null");
                Assert.Equal($$$"""{"session_id":"{{{hit["sort"]![0]!.GetValue<string>()}}}"}""", hit["_source"]!.ToJsonString());
                seen.Add(hit["sort"]![0]!.GetValue<string>());
            }

            after = seen[^1];
        }

        Assert.Equal([.. Enumerable.Range(0, 25).Select(i => $"s{i:D3}")], seen);
    }

    [Fact]
    public async Task Numeric_sort_with_missing_values_prints_long_sentinels()
    {
        var index = await Sessions(3);
        await engine.Client.Index(index, ("nomissing", new { session_id = "zzz" }));
        var response = (await engine.Client.Search(index, """{"sort":[{"n":"asc"},{"session_id":"desc"}]}""")).Expect(200);
        Assert.Equal("""[9223372036854775807,"zzz"]""", response.Raw("hits.hits.3.sort"));
        Assert.Equal("""[0,"s000"]""", response.Raw("hits.hits.0.sort"));
    }

    [Fact]
    public async Task Sort_and_window_errors_are_search_phase_failures()
    {
        var index = await Sessions(2);
        var unmapped = await engine.Client.Search(index, """{"sort":[{"nope":"asc"}]}""");
        Assert.Equal(400, unmapped.Status);
        Assert.Equal("search_phase_execution_exception", unmapped.String("error.type"));
        Assert.Equal("query_shard_exception", unmapped.String("error.root_cause.0.type"));
        Assert.Equal("No mapping found for [nope] in order to sort on", unmapped.String("error.root_cause.0.reason"));
        Assert.Equal(200, (await engine.Client.Search(index, """{"sort":[{"nope":{"order":"asc","unmapped_type":"long"}}]}""")).Status);

        var window = await engine.Client.Search(index, """{"from":10000,"size":10}""");
        Assert.Equal("search_phase_execution_exception", window.String("error.type"));
        Assert.Equal("illegal_argument_exception", window.String("error.root_cause.0.type"));
        Assert.Equal(
            "Result window is too large, from + size must be less than or equal to: [10000] but was [10010]. See the scroll api for a more efficient way to request large data sets. This limit can be set by changing the [index.max_result_window] index level setting.",
            window.String("error.root_cause.0.reason"));
        (await engine.Client.Search(index, """{"from":-1}""")).ExpectError(400, "illegal_argument_exception", "[from] parameter cannot be negative");

        var noSort = await engine.Client.Search(index, """{"search_after":["x"]}""");
        Assert.Equal("Sort must contain at least one field.", noSort.String("error.root_cause.0.reason"));
        var wrongLength = await engine.Client.Search(index, """{"sort":["session_id","n"],"search_after":["x"]}""");
        Assert.Equal("search_after has 1 value(s) but sort has 2.", wrongLength.String("error.root_cause.0.reason"));
    }

    [Fact]
    public async Task Count_answers_with_shards()
    {
        var index = await Sessions(5);
        var count = (await engine.Client.Post($"/{index}/_count", """{"query":{"term":{"n":1}}}""")).Expect(200);
        Assert.Equal("""{"count":2,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0}}""", count.Text);
        (await engine.Client.Post($"/{index}/_count", """{"size":1}""")).ExpectError(400, "parsing_exception", "request does not support [size]");
    }
}
