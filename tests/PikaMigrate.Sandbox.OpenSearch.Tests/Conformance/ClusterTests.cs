using PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Conformance;

[Collection(EngineCollection.Name)]
public sealed class ClusterTests(EngineFixture engine)
{
    [Fact]
    public async Task Root_answers_like_an_OpenSearch_2_node()
    {
        var root = (await engine.Client.Get("/")).Expect(200);
        Assert.Equal("opensearch", root.String("version.distribution"));
        Assert.StartsWith("2.", root.String("version.number"));
        Assert.Equal("opensearch", root.String("cluster_name"));
        Assert.Equal("The OpenSearch Project: https://opensearch.org/", root.String("tagline"));
        Assert.Equal(200, (await engine.Client.Head("/")).Status);
    }

    [Fact]
    public async Task Health_is_yellow_with_unassigned_replicas_and_green_without()
    {
        var index = engine.NewIndex("health");
        await engine.Client.CreateIndex(index, settings: new { number_of_replicas = 0 });
        var green = (await engine.Client.Get($"/_cluster/health/{index}")).Expect(200);
        Assert.Equal("green", green.String("status"));
        Assert.Equal(1, green.Long("number_of_nodes"));

        var yellowIndex = engine.NewIndex("health");
        await engine.Client.CreateIndex(yellowIndex);
        var yellow = (await engine.Client.Get($"/_cluster/health/{yellowIndex}?wait_for_status=yellow&timeout=1s")).Expect(200);
        Assert.Equal("yellow", yellow.String("status"));
        Assert.Equal(1, yellow.Long("unassigned_shards"));
        Assert.Equal("50.0", yellow.Raw("active_shards_percent_as_number"));
    }

    [Fact]
    public async Task Unknown_endpoints_and_wrong_methods_answer_as_the_RestController()
    {
        var unknown = await engine.Client.Get("/_nope/_nope/_nope");
        Assert.Equal(400, unknown.Status);
        Assert.Equal("no handler found for uri [/_nope/_nope/_nope] and method [GET]", unknown.String("error"));

        var wrongMethod = await engine.Client.Delete("/_cluster/health");
        Assert.Equal(405, wrongMethod.Status);
        Assert.StartsWith("Incorrect HTTP method for uri [/_cluster/health] and method [DELETE], allowed:", wrongMethod.String("error"));
    }

    [Fact]
    public async Task Unrecognized_url_parameters_are_rejected_with_a_suggestion()
    {
        var response = await engine.Client.Get("/_cluster/health?timout=1s");
        response.ExpectError(400, "illegal_argument_exception", "request [/_cluster/health] contains unrecognized parameter: [timout] -> did you mean [timeout]?");
    }

    [Fact]
    public async Task Bodies_need_a_json_content_type()
    {
        var index = engine.NewIndex("ctype");
        var response = await engine.Client.SendRaw(HttpMethod.Put, $"/{index}/_doc/1", "{\"a\":1}", "text/plain");
        Assert.Equal(406, response.Status);
        Assert.Equal("Content-Type header [text/plain] is not supported", response.String("error.reason"));
    }
}
