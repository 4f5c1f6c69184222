namespace PikaMigrate.Sandbox.OpenSearch.Tests.Yaml;

/// <summary>OpenSearch's rest-api-spec <c>delete/*.yml</c>, transcribed.</summary>
public sealed class DeleteTests
{
    [Fact(DisplayName = "delete/10_basic.yml: Basic")]
    public async Task Basic()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1/_doc/1", """{"foo":"bar"}""")).Match("_version", 1);
        (await os.Delete("/test_1/_doc/1")).Match("_version", 2);
    }

    [Fact(DisplayName = "delete/11_shard_header.yml: Delete check shard header")]
    public async Task Shard_header()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/foobar", """{"settings":{"number_of_shards":"1","number_of_replicas":"0"}}""")).Expect(200);
        (await os.Get("/_cluster/health?wait_for_status=green")).Expect(200);
        (await os.Put("/foobar/_doc/1", """{"foo":"bar"}""")).Expect(201);
        (await os.Delete("/foobar/_doc/1")).Match("_index", "foobar").Match("_id", "1").Match("_version", 2)
            .Match("_shards.total", 1).Match("_shards.successful", 1).Match("_shards.failed", 0).IsFalse("_shards.pending");
    }

    [Fact(DisplayName = "delete/12_result.yml: Delete result field")]
    public async Task Delete_result_field()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1/_doc/1", """{"foo":"bar"}""")).Expect(201);
        (await os.Delete("/test_1/_doc/1")).Match("result", "deleted");
        (await os.Delete("/test_1/_doc/1")).Catch("missing").Match("result", "not_found");
    }

    [Fact(DisplayName = "delete/20_cas.yml: Internal version")]
    public async Task Internal_version()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1/_doc/1", """{"foo":"bar"}""")).Match("_seq_no", 0);
        (await os.Delete("/test_1/_doc/1?if_seq_no=2&if_primary_term=1")).Catch("conflict");
        (await os.Delete("/test_1/_doc/1?if_seq_no=0&if_primary_term=1")).Match("_seq_no", 1);
    }

    [Fact(DisplayName = "delete/25_external_version.yml: External version")]
    public async Task External_version()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1/_doc/1?version_type=external&version=5", """{"foo":"bar"}""")).Match("_version", 5);
        (await os.Delete("/test_1/_doc/1?version_type=external&version=4")).Catch("conflict");
        (await os.Delete("/test_1/_doc/1?version_type=external&version=6")).Match("_version", 6);
    }

    [Fact(DisplayName = "delete/26_external_gte_version.yml: External GTE version")]
    public async Task External_gte_version()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1/_doc/1?version_type=external_gte&version=5", """{"foo":"bar"}""")).Match("_version", 5);
        (await os.Delete("/test_1/_doc/1?version_type=external_gte&version=4")).Catch("conflict");
        (await os.Delete("/test_1/_doc/1?version_type=external_gte&version=6")).Match("_version", 6);
        (await os.Put("/test_1/_doc/1?version_type=external_gte&version=6", """{"foo":"bar"}""")).Match("_version", 6);
        (await os.Delete("/test_1/_doc/1?version_type=external_gte&version=6")).Match("_version", 6);
    }

    [Fact(DisplayName = "delete/30_routing.yml: Routing")]
    public async Task Routing()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1", """{"settings":{"number_of_shards":5}}""")).Expect(200);
        (await os.Put("/test_1/_doc/1?routing=5", """{"foo":"bar"}""")).Unsupported("custom routing ([routing])");
        (await os.Delete("/test_1/_doc/1?routing=4")).Unsupported("custom routing ([routing])");
    }

    [Fact(DisplayName = "delete/50_refresh.yml: Refresh")]
    public async Task Refresh()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1", """{"settings":{"refresh_interval":-1,"number_of_shards":5,"number_of_routing_shards":5,"number_of_replicas":0}}""")).Expect(200);
        (await os.Get("/_cluster/health?wait_for_status=green")).Expect(200);
        (await os.Put("/test_1/_doc/1?refresh=true", """{"foo":"bar"}""")).Expect(201);
        (await os.Put("/test_1/_doc/3?refresh=true", """{"foo":"bar"}""")).IsTrue("forced_refresh");
        (await os.Post("/test_1/_search?rest_total_hits_as_int=true", """{"query":{"terms":{"_id":[1,3]}}}""")).Match("hits.total", 2);
        (await os.Delete("/test_1/_doc/1")).Expect(200);
        (await os.Post("/test_1/_search?rest_total_hits_as_int=true", """{"query":{"terms":{"_id":[1,3]}}}""")).Match("hits.total", 2);
        (await os.Delete("/test_1/_doc/3?refresh=true")).Expect(200);

        // Deliberate difference: one shard holds every document, so refreshing the shard of 3 also makes the
        // delete of 1 searchable. OpenSearch, with 1 and 3 on two of five shards, still finds 1 here (hits.total: 1).
        (await os.Post("/test_1/_search?rest_total_hits_as_int=true", """{"query":{"terms":{"_id":[1,3]}}}""")).Match("hits.total", 0);
    }

    [Fact(DisplayName = "delete/50_refresh.yml: When refresh url parameter is an empty string that means \"refresh immediately\"")]
    public async Task Refresh_empty_string()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1/_doc/1?refresh=true", """{"foo":"bar"}""")).IsTrue("forced_refresh");
        (await os.Post("/test_1/_search?rest_total_hits_as_int=true", """{"query":{"term":{"_id":1}}}""")).Match("hits.total", 1);
        (await os.Delete("/test_1/_doc/1?refresh=")).Expect(200);
        (await os.Post("/test_1/_search?rest_total_hits_as_int=true", """{"query":{"term":{"_id":1}}}""")).Match("hits.total", 0);
    }

    [Fact(DisplayName = "delete/50_refresh.yml: refresh=wait_for waits until changes are visible in search")]
    public async Task Refresh_wait_for()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/delete_50_refresh_1/_doc/delete_50_refresh_id1?refresh=true", """{"foo":"bar"}""")).IsTrue("forced_refresh");
        (await os.Post("/delete_50_refresh_1/_search?rest_total_hits_as_int=true", """{"query":{"term":{"_id":"delete_50_refresh_id1"}}}""")).Match("hits.total", 1);
        (await os.Delete("/delete_50_refresh_1/_doc/delete_50_refresh_id1?refresh=wait_for")).IsFalse("forced_refresh");
        (await os.Post("/delete_50_refresh_1/_search?rest_total_hits_as_int=true", """{"query":{"term":{"_id":"delete_50_refresh_id1"}}}""")).Match("hits.total", 0);
    }

    [Fact(DisplayName = "delete/60_missing.yml: Missing document with catch")]
    public async Task Missing_document_with_catch()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Delete("/test_1/_doc/1")).Catch("missing");
    }

    [Fact(DisplayName = "delete/60_missing.yml: Missing document with ignore")]
    public async Task Missing_document_with_ignore()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Delete("/test_1/_doc/1")).Expect(404);
    }
}
