namespace PikaMigrate.Sandbox.OpenSearch.Tests.Yaml;

/// <summary>OpenSearch's rest-api-spec <c>indices.refresh/10_basic.yml</c>, transcribed.</summary>
public sealed class IndicesRefreshTests
{
    [Theory(DisplayName = "indices.refresh/10_basic.yml: Indices refresh test _all / empty array / no-match wildcard")]
    [InlineData("/_all/_refresh", 10)]
    [InlineData("/_refresh", 10)]
    [InlineData("/bla*/_refresh", 0)]
    public async Task Indices_refresh(string path, int shards)
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1", """{"settings":{"index":{"number_of_replicas":0,"number_of_shards":5}}}""")).Expect(200);
        (await os.Put("/test_2", """{"settings":{"index":{"number_of_replicas":0,"number_of_shards":5}}}""")).Expect(200);
        (await os.Get("/_cluster/health?wait_for_status=green")).Expect(200);
        (await os.Post(path)).Match("_shards.total", shards).Match("_shards.successful", shards).Match("_shards.failed", 0);
    }
}
