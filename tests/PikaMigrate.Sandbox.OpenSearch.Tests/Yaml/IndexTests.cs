namespace PikaMigrate.Sandbox.OpenSearch.Tests.Yaml;

/// <summary>OpenSearch's rest-api-spec <c>index/*.yml</c>, transcribed (field types this engine does not have: one test per file).</summary>
public sealed class IndexTests
{
    [Fact(DisplayName = "index/10_with_id.yml: Index with ID")]
    public async Task Index_with_id()
    {
        await using var os = await YamlCluster.StartAsync();
        var name = Uri.EscapeDataString("test-weird-index-中文");
        (await os.Put($"/{name}/_doc/1", """{"foo":"bar"}""")).Match("_index", "test-weird-index-中文").Match("_id", "1").Match("_version", 1);
        (await os.Get($"/{name}/_doc/1")).Match("_index", "test-weird-index-中文").Match("_id", "1").Match("_version", 1).MatchJson("_source", """{"foo":"bar"}""");
        (await os.Put($"/idx/_doc/{new string('a', 513)}", """{"foo":"bar"}""")).Catch("bad_request");
    }

    [Fact(DisplayName = "index/12_result.yml: Index result field")]
    public async Task Index_result_field()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_index/_doc/1", """{"foo":"bar"}""")).Match("result", "created");
        (await os.Put("/test_index/_doc/1?op_type=index", """{"foo":"bar"}""")).Match("result", "updated");
    }

    [Fact(DisplayName = "index/15_without_id.yml: Index without ID")]
    public async Task Index_without_id()
    {
        await using var os = await YamlCluster.StartAsync();
        var created = (await os.Post("/test_1/_doc", """{"foo":"bar"}""")).IsTrue("_id").Match("_index", "test_1").Match("_version", 1);
        var id = created.String("_id")!;
        (await os.Get($"/test_1/_doc/{id}")).Match("_index", "test_1").Match("_id", id).Match("_version", 1).MatchJson("_source", """{"foo":"bar"}""");
    }

    [Fact(DisplayName = "index/20_optype.yml: Optype")]
    public async Task Optype()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1/_doc/1?op_type=create", """{"foo":"bar"}""")).Expect(201);
        (await os.Put("/test_1/_doc/1?op_type=create", """{"foo":"bar"}""")).Catch("conflict");
        (await os.Put("/test_1/_doc/1?op_type=index", """{"foo":"bar"}""")).Match("_version", 2);
    }

    [Fact(DisplayName = "index/35_external_version.yml: External version")]
    public async Task External_version()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1/_doc/1?version_type=external&version=0", """{"foo":"bar"}""")).Match("_version", 0);
        (await os.Put("/test_1/_doc/1?version_type=external&version=5", """{"foo":"bar"}""")).Match("_version", 5);
        (await os.Put("/test_1/_doc/1?version_type=external&version=5", """{"foo":"bar"}""")).Catch("conflict");
        (await os.Put("/test_1/_doc/1?version_type=external&version=0", """{"foo":"bar"}""")).Catch("conflict");
        (await os.Put("/test_1/_doc/1?version_type=external&version=6", """{"foo":"bar"}""")).Match("_version", 6);
    }

    [Fact(DisplayName = "index/36_external_gte_version.yml: External GTE version")]
    public async Task External_gte_version()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1/_doc/1?version_type=external_gte&version=0", """{"foo":"bar"}""")).Match("_version", 0);
        (await os.Put("/test_1/_doc/1?version_type=external_gte&version=5", """{"foo":"bar"}""")).Match("_version", 5);
        (await os.Put("/test_1/_doc/1?version_type=external_gte&version=0", """{"foo":"bar"}""")).Catch("conflict");
        (await os.Put("/test_1/_doc/1?version_type=external_gte&version=5", """{"foo":"bar2"}""")).Match("_version", 5);
        (await os.Put("/test_1/_doc/1?version_type=external_gte&version=6", """{"foo":"bar2"}""")).Match("_version", 6);
    }

    [Fact(DisplayName = "index/40_routing.yml: Routing")]
    public async Task Routing()
    {
        // One shard: a routed document would be found without its routing, which OpenSearch would miss.
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1", """{"settings":{"index":{"number_of_shards":5,"number_of_routing_shards":5,"number_of_replicas":0}}}""")).Expect(200);
        (await os.Get("/_cluster/health?wait_for_status=green")).Expect(200);
        (await os.Put("/test_1/_doc/1?routing=5", """{"foo":"bar"}""")).Unsupported("custom routing ([routing])");
        (await os.Get("/test_1/_doc/1?routing=5&stored_fields=_routing")).Unsupported("custom routing ([routing])");
        (await os.Get("/test_1/_doc/1")).Catch("missing");
    }

    [Fact(DisplayName = "index/60_refresh.yml: Refresh")]
    public async Task Refresh()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1", """{"settings":{"index.refresh_interval":-1,"number_of_replicas":0}}""")).Expect(200);
        (await os.Put("/test_1/_doc/1", """{"foo":"bar"}""")).Expect(201);
        (await os.Post("/test_1/_search?rest_total_hits_as_int=true", """{"query":{"term":{"_id":1}}}""")).Match("hits.total", 0);
        (await os.Put("/test_1/_doc/2?refresh=true", """{"foo":"bar"}""")).IsTrue("forced_refresh");
        (await os.Post("/test_1/_search?rest_total_hits_as_int=true", """{"query":{"term":{"_id":2}}}""")).Match("hits.total", 1);
    }

    [Fact(DisplayName = "index/60_refresh.yml: When refresh url parameter is an empty string that means \"refresh immediately\"")]
    public async Task Refresh_empty_string()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1/_doc/1?refresh=", """{"foo":"bar"}""")).IsTrue("forced_refresh");
        (await os.Post("/test_1/_search?rest_total_hits_as_int=true", """{"query":{"term":{"_id":1}}}""")).Match("hits.total", 1);
    }

    [Fact(DisplayName = "index/60_refresh.yml: refresh=wait_for waits until changes are visible in search")]
    public async Task Refresh_wait_for()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/index_60_refresh_1/_doc/index_60_refresh_id1?refresh=wait_for", """{"foo":"bar"}""")).IsFalse("forced_refresh");
        (await os.Post("/index_60_refresh_1/_search?rest_total_hits_as_int=true", """{"query":{"term":{"_id":"index_60_refresh_id1"}}}""")).Match("hits.total", 1);
    }

    [Fact(DisplayName = "index/70_require_alias.yml: Set require_alias flag")]
    public async Task Set_require_alias_flag()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Post("/test_require_alias/_doc?require_alias=true", """{"foo":"bar"}""")).Catch("missing")
            .Match("error.reason", "no such index [test_require_alias] and [require_alias] request flag is [true] and [test_require_alias] is not an alias");
        (await os.Get("/test_require_alias")).Catch("missing");
        (await os.Put("/backing_index", """{"mappings":{},"aliases":{"test_require_alias":{}}}""")).Expect(200);
        (await os.Post("/test_require_alias/_doc?require_alias=true", """{"foo":"bar"}""")).Expect(201).Match("_index", "backing_index");
    }

    [Fact(DisplayName = "index/110_strict_allow_templates.yml: Index documents with setting dynamic parameter to strict_allow_templates in the mapping of the index")]
    public async Task Strict_allow_templates()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1", """
            {"mappings":{"dynamic":"strict_allow_templates","dynamic_templates":[{"strings":{"match":"stringField*","match_mapping_type":"string","mapping":{"type":"keyword"}}}],
             "properties":{"test1":{"type":"text"}}}}
            """)).Unsupported("[dynamic] [strict_allow_templates]");
    }

    [Fact(DisplayName = "index/111_false_allow_templates.yml: (every case: dynamic false_allow_templates is OpenSearch 3.x)")]
    public async Task False_allow_templates()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1", """{"mappings":{"dynamic":"false_allow_templates","properties":{"test1":{"type":"text"}}}}""")).Catch("bad_request")
            .Match("error.root_cause.0.type", "mapper_parsing_exception");
    }

    [Fact(DisplayName = "index/120_field_name.yml: Index documents with field name containing only dot fail with an IllegalArgumentException")]
    public async Task Field_name_containing_only_dots()
    {
        // 3.0 reworded it; OpenSearch 2.x says "field name cannot contain only dots".
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1")).Expect(200);
        (await os.Put("/test_1/_doc/1", """{".":"bar"}""")).Catch("/field name cannot contain only dots/");
        (await os.Put("/test_1/_doc/1", """{"..":"bar"}""")).Catch("/field name cannot contain only dots/");
        (await os.Put("/test_1/_doc/1", """{"foo":{".":"bar"}}""")).Catch("/field name cannot contain only dots/");
    }

    [Fact(DisplayName = "index/130_scaled_flot.yml: Mappings and Indexing")]
    public async Task Scaled_float_mappings_and_indexing()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test", """{"mappings":{"properties":{"genre":{"type":"scaled_float","scaling_factor":"100.0"}}}}""")).Expect(200);
        (await os.Put("/test/_doc/1", """{"genre":"92233720368547750"}""")).Expect(201);
        (await os.Put("/test/_doc/2", """{"genre":92233720368547750}""")).Expect(201);
        (await os.Put("/test/_doc/3", """{"genre":1.11}""")).Expect(201);
        (await os.Post("/test/_refresh")).Expect(200);
        (await os.Get("/test/_mapping")).IsTrue("test.mappings").Match("test.mappings.properties.genre.type", "scaled_float");
        (await os.Post("/test/_search", """{"query":{"match_all":{}}}""")).Length("hits.hits", 3);
    }

    [Theory(DisplayName = "index: field types this engine does not have (every case of the file)")]
    [InlineData("90_flat_object.yml", "flat_object")]
    [InlineData("91_flat_object_null_value.yml", "flat_object")]
    [InlineData("92_flat_object_support_doc_values.yml", "flat_object")]
    [InlineData("100_partial_flat_object.yml", "flat_object")]
    [InlineData("105_partial_flat_object_nested.yml", "flat_object")]
    [InlineData("106_flat_object_with_parameter.yml", "flat_object")]
    [InlineData("110_constant_keyword.yml", "constant_keyword")]
    [InlineData("115_constant_keyword.yml", "constant_keyword")]
    [InlineData("116_constant_keyword_values.yml", "constant_keyword")]
    [InlineData("80_geo_point.yml", "geo_point")]
    [InlineData("90_unsigned_long.yml", "unsigned_long")]
    public async Task Unsupported_field_types(string file, string type)
    {
        Assert.EndsWith(".yml", file, StringComparison.Ordinal);
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test", """{"mappings":{"properties":{"field":{"type":"TYPE"}}}}""".Replace("TYPE", type, StringComparison.Ordinal)))
            .Catch("bad_request").Match("error.root_cause.0.reason", $"the pika-migrate sandbox engine does not support field type [{type}] (field [field])");
    }
}
