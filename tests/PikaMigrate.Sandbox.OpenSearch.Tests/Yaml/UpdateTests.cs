namespace PikaMigrate.Sandbox.OpenSearch.Tests.Yaml;

/// <summary>
/// OpenSearch's rest-api-spec <c>update/*.yml</c>, transcribed (<c>85_fields_meta.yml</c> is skipped on every version
/// there, so it is not here).
/// </summary>
public sealed class UpdateTests
{
    [Fact(DisplayName = "update/10_doc.yml: Partial document")]
    public async Task Partial_document()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1/_doc/1", """{"foo":"bar","count":1,"nested":{"one":1,"two":2}}""")).Expect(201);
        (await os.Post("/test_1/_update/1", """{"doc":{"foo":"baz","nested":{"one":3}}}""")).Match("_index", "test_1").Match("_id", "1").Match("_version", 2);
        (await os.Get("/test_1/_doc/1")).Match("_source.foo", "baz").Match("_source.count", 1).Match("_source.nested.one", 3).Match("_source.nested.two", 2);
    }

    [Fact(DisplayName = "update/11_shard_header.yml: Update check shard header")]
    public async Task Shard_header()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/foobar", """{"settings":{"number_of_shards":"1","number_of_replicas":"0"}}""")).Expect(200);
        (await os.Get("/_cluster/health?wait_for_status=green")).Expect(200);
        (await os.Put("/foobar/_doc/1", """{"foo":"bar"}""")).Expect(201);
        (await os.Post("/foobar/_update/1", """{"doc":{"foo":"baz"}}"""))
            .Match("_index", "foobar").Match("_id", "1").Match("_version", 2)
            .Match("_shards.total", 1).Match("_shards.successful", 1).Match("_shards.failed", 0).IsFalse("_shards.pending");
    }

    [Fact(DisplayName = "update/12_result.yml: Update result field")]
    public async Task Update_result_field()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Post("/test_1/_update/1", """{"doc":{"foo":"bar"},"doc_as_upsert":true}""")).Match("_version", 1).Match("result", "created");
        (await os.Post("/test_1/_update/1", """{"doc":{"foo":"bar"},"doc_as_upsert":true}""")).Match("_version", 1).Match("result", "noop");
        (await os.Post("/test_1/_update/1", """{"doc":{"foo":"bar"},"doc_as_upsert":true,"detect_noop":false}""")).Match("_version", 2).Match("result", "updated");
        (await os.Post("/test_1/_update/1", """{"doc":{"foo":"baz"},"doc_as_upsert":true,"detect_noop":true}""")).Match("_version", 3).Match("result", "updated");
    }

    [Fact(DisplayName = "update/16_noop.yml: Noop")]
    public async Task Noop()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1/_doc/1", """{"foo":"bar"}""")).Match("_seq_no", 0).Match("_version", 1).Match("_primary_term", 1).Match("result", "created");
        (await os.Post("/test_1/_update/1", """{"doc":{"foo":"bar"}}""")).Match("_seq_no", 0).Match("_version", 1).Match("_primary_term", 1).Match("result", "noop");
        (await os.Post("/test_1/_update/1", """{"doc":{"foo":"bar"},"detect_noop":false}""")).Match("_seq_no", 1).Match("_primary_term", 1).Match("_version", 2).Match("result", "updated");
    }

    [Fact(DisplayName = "update/20_doc_upsert.yml: Doc upsert")]
    public async Task Doc_upsert()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Post("/test_1/_update/1", """{"doc":{"foo":"bar","count":1},"upsert":{"foo":"baz"}}""")).Expect(201);
        (await os.Get("/test_1/_doc/1")).Match("_source.foo", "baz").IsFalse("_source.count");
        (await os.Post("/test_1/_update/1", """{"doc":{"foo":"bar","count":1},"upsert":{"foo":"baz"}}""")).Expect(200);
        (await os.Get("/test_1/_doc/1")).Match("_source.foo", "bar").Match("_source.count", 1);
    }

    [Fact(DisplayName = "update/22_doc_as_upsert.yml: Doc as upsert")]
    public async Task Doc_as_upsert()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Post("/test_1/_update/1", """{"doc":{"foo":"bar","count":1},"doc_as_upsert":true}""")).Expect(201);
        (await os.Get("/test_1/_doc/1")).Match("_source.foo", "bar").Match("_source.count", 1);
        (await os.Post("/test_1/_update/1", """{"doc":{"count":2},"doc_as_upsert":true}""")).Expect(200);
        (await os.Get("/test_1/_doc/1")).Match("_source.foo", "bar").Match("_source.count", 2);
    }

    [Fact(DisplayName = "update/35_if_seq_no.yml: Update with if_seq_no")]
    public async Task Update_with_if_seq_no()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Post("/test_1/_update/1?if_seq_no=1&if_primary_term=1", """{"doc":{"foo":"baz"}}""")).Catch("missing");
        (await os.Put("/test_1/_doc/1", """{"foo":"baz"}""")).Expect(201);
        (await os.Post("/test_1/_update/1?if_seq_no=234&if_primary_term=1", """{"doc":{"foo":"baz"}}""")).Catch("conflict");
        (await os.Post("/test_1/_update/1?if_seq_no=0&if_primary_term=1", """{"doc":{"foo":"bar"}}""")).Expect(200);
        (await os.Get("/test_1/_doc/1")).MatchJson("_source", """{"foo":"bar"}""");
        (await os.Bulk("/_bulk", """{"update":{"_index":"test_1","_id":1,"if_seq_no":100,"if_primary_term":200}}""", """{"doc":{"foo":"baz"}}"""))
            .Match("errors", true).Match("items.0.update.status", 409);
    }

    [Fact(DisplayName = "update/40_routing.yml: Routing")]
    public async Task Routing()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1", """{"settings":{"index":{"number_of_shards":5,"number_of_routing_shards":5,"number_of_replicas":0}}}""")).Expect(200);
        (await os.Post("/test_1/_update/1?routing=5", """{"doc":{"foo":"baz"},"upsert":{"foo":"bar"}}""")).Unsupported("custom routing ([routing])");
    }

    [Fact(DisplayName = "update/60_refresh.yml: Refresh")]
    public async Task Refresh()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1", """{"settings":{"index.refresh_interval":-1,"number_of_replicas":0}}""")).Expect(200);
        (await os.Post("/test_1/_update/1", """{"doc":{"foo":"baz"},"upsert":{"foo":"bar"}}""")).Expect(201);
        (await os.Post("/test_1/_search?rest_total_hits_as_int=true", """{"query":{"term":{"_id":1}}}""")).Match("hits.total", 0);
        (await os.Post("/test_1/_update/2?refresh=true", """{"doc":{"foo":"baz"},"upsert":{"foo":"bar"}}""")).IsTrue("forced_refresh");
        (await os.Post("/test_1/_search?rest_total_hits_as_int=true", """{"query":{"term":{"_id":2}}}""")).Match("hits.total", 1);
    }

    [Fact(DisplayName = "update/60_refresh.yml: When refresh url parameter is an empty string that means \"refresh immediately\"")]
    public async Task Refresh_empty_string()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1/_doc/1?refresh=true", """{"foo":"bar"}""")).IsTrue("forced_refresh");
        (await os.Post("/test_1/_update/1?refresh=", """{"doc":{"cat":"dog"}}""")).IsTrue("forced_refresh");
        (await os.Post("/test_1/_search?rest_total_hits_as_int=true", """{"query":{"term":{"cat":"dog"}}}""")).Match("hits.total", 1);
    }

    [Fact(DisplayName = "update/60_refresh.yml: refresh=wait_for waits until changes are visible in search")]
    public async Task Refresh_wait_for()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/update_60_refresh_1/_doc/update_60_refresh_id1?refresh=true", """{"foo":"bar"}""")).IsTrue("forced_refresh");
        (await os.Post("/update_60_refresh_1/_search?rest_total_hits_as_int=true", """{"query":{"term":{"_id":"update_60_refresh_id1"}}}""")).Match("hits.total", 1);
        (await os.Post("/update_60_refresh_1/_update/update_60_refresh_id1?refresh=wait_for", """{"doc":{"test":"asdf"}}""")).IsFalse("forced_refresh");
        (await os.Post("/update_60_refresh_1/_search?rest_total_hits_as_int=true", """{"query":{"match":{"test":"asdf"}}}""")).Match("hits.total", 1);
    }

    [Fact(DisplayName = "update/80_source_filtering.yml: Source filtering")]
    public async Task Source_filtering()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Post("/test_1/_update/1?_source=foo,bar", """{"doc":{"foo":"baz"},"upsert":{"foo":"bar"}}""")).Match("get._source.foo", "bar").IsFalse("get._source.bar");
    }

    [Fact(DisplayName = "update/90_error.yml: Misspelled fields get \"did you mean\"")]
    public async Task Misspelled_fields()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Post("/test/_update/1", """{"dac":{"foo":"baz"},"upsert":{"foo":"bar"}}""")).Catch("/\\[UpdateRequest\\] unknown field \\[dac\\] did you mean \\[doc\\]\\?/");
    }

    [Fact(DisplayName = "update/95_require_alias.yml: Set require_alias flag")]
    public async Task Set_require_alias_flag()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Post("/test_require_alias/_update/1?require_alias=true", """{"doc":{"foo":"bar","count":1},"doc_as_upsert":true}""")).Catch("missing");
        (await os.Get("/test_require_alias")).Catch("missing");
        (await os.Put("/backing_index", """{"mappings":{},"aliases":{"test_require_alias":{}}}""")).Expect(200);
        (await os.Post("/test_require_alias/_update/1?require_alias=true", """{"doc":{"foo":"bar","count":1},"doc_as_upsert":true}""")).Expect(201);
    }

    [Fact(DisplayName = "update/100_ingest_pipeline.yml: update operation with predefined default or final pipeline returns warning header")]
    public async Task Ingest_pipeline()
    {
        // Ingest pipelines do not exist here: neither the API that defines them nor the settings that name them.
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/_ingest/pipeline/pipeline1", """{"description":"_description","processors":[{"set":{"field":"field1","value":"value1"}}]}""")).Catch("bad_request");
        (await os.Put("/test_1", """{"settings":{"index.default_pipeline":"pipeline1"}}""")).Unsupported("the index setting [index.default_pipeline]");
        (await os.Put("/test_2", """{"settings":{"index.final_pipeline":"pipeline1"}}""")).Unsupported("the index setting [index.final_pipeline]");
    }
}
