namespace PikaMigrate.Sandbox.OpenSearch.Tests.Yaml;

/// <summary>OpenSearch's rest-api-spec <c>bulk/*.yml</c> (and <c>bulk/80_cas.yml</c> as an OpenSearch fork keeps it), transcribed.</summary>
public sealed class BulkTests
{
    /// <summary>The two YAML files send the same lines, as objects and as strings; over HTTP both are the same NDJSON.</summary>
    [Theory(DisplayName = "bulk/10_basic.yml: Array of objects / bulk/20_list_of_strings.yml: List of strings")]
    [InlineData("Array of objects")]
    [InlineData("List of strings")]
    public async Task Array_of_objects_and_list_of_strings(string name)
    {
        _ = name;
        await using var os = await YamlCluster.StartAsync();
        (await os.Bulk("/_bulk?refresh=true", """{"index":{"_index":"test_index","_id":"test_id"}}""", """{"f1":"v1","f2":42}""",
            """{"index":{"_index":"test_index","_id":"test_id2"}}""", """{"f1":"v2","f2":47}""")).Expect(200);
        (await os.Get("/test_index/_count")).Match("count", 2);
    }

    [Fact(DisplayName = "bulk/10_basic.yml: Empty _id")]
    public async Task Empty_id()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Bulk("/_bulk?refresh=true", """{"index":{"_index":"test","_id":""}}""", """{"f":1}""", """{"index":{"_index":"test","_id":"id"}}""", """{"f":2}""",
            """{"index":{"_index":"test"}}""", """{"f":3}"""))
            .Match("errors", true).Match("items.0.index.status", 400).Match("items.0.index.error.type", "illegal_argument_exception")
            .Match("items.0.index.error.reason", "if _id is specified it must not be empty")
            .Match("items.1.index.result", "created").Match("items.2.index.result", "created");
        (await os.Get("/test/_count")).Match("count", 2);
    }

    [Fact(DisplayName = "bulk/10_basic.yml: Empty _id with op_type create")]
    public async Task Empty_id_with_op_type_create()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Bulk("/_bulk?refresh=true", """{"index":{"_index":"test","_id":""}}""", """{"f":1}""", """{"index":{"_index":"test","_id":"id"}}""", """{"f":2}""",
            """{"index":{"_index":"test"}}""", """{"f":3}""", """{"create":{"_index":"test"}}""", """{"f":4}""", """{"index":{"_index":"test","op_type":"create"}}""", """{"f":5}"""))
            .Match("errors", true).Match("items.0.index.status", 400).Match("items.0.index.error.type", "illegal_argument_exception")
            .Match("items.0.index.error.reason", "if _id is specified it must not be empty")
            .Match("items.1.index.result", "created").Match("items.2.index.result", "created")
            .Match("items.3.create.result", "created").Match("items.4.create.result", "created");
        (await os.Get("/test/_count")).Match("count", 4);
    }

    [Fact(DisplayName = "bulk/10_basic.yml: empty action")]
    public async Task Empty_action()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Client.SendRaw(HttpMethod.Post, "/_bulk", "{\"index\": {\"_index\": \"test_index\", \"_id\": \"test_id\"}}\n{\"f1\": \"v1\", \"f2\": 42}\n{}\n", "application/json"))
            .Catch("/Malformed action\\/metadata line \\[3\\], expected FIELD_NAME but found \\[END_OBJECT\\]/");
    }

    [Fact(DisplayName = "bulk/10_basic.yml: When setting require_alias flag per request")]
    public async Task Require_alias_per_item()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/backing_index", """{"mappings":{},"aliases":{"test_require_alias":{}}}""")).Expect(200);
        (await os.Bulk("/_bulk?refresh=true", """{"index":{"_index":"new_index_not_created","require_alias":true}}""", """{"f":1}""",
            """{"index":{"_index":"new_index_created"}}""", """{"f":2}""", """{"index":{"_index":"test_require_alias","require_alias":true}}""", """{"f":3}""",
            """{"create":{"_index":"test_require_alias"}}""", """{"f":4}"""))
            .Match("errors", true).Match("items.0.index.status", 404).Match("items.0.index.error.type", "index_not_found_exception")
            .Match("items.0.index.error.reason", "no such index [new_index_not_created] and [require_alias] request flag is [true] and [new_index_not_created] is not an alias")
            .Match("items.1.index.result", "created").Match("items.2.index.result", "created").Match("items.3.create.result", "created");
        (await os.Get("/new_index_not_created")).Catch("missing");
    }

    [Fact(DisplayName = "bulk/10_basic.yml: When setting require_alias flag")]
    public async Task Require_alias_for_the_request()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/backing_index", """{"mappings":{},"aliases":{"test_require_alias":{}}}""")).Expect(200);
        (await os.Bulk("/_bulk?refresh=true&require_alias=true", """{"index":{"_index":"new_index_not_created"}}""", """{"f":1}""",
            """{"index":{"_index":"new_index_created","require_alias":false}}""", """{"f":2}""", """{"index":{"_index":"test_require_alias"}}""", """{"f":3}"""))
            .Match("errors", true).Match("items.0.index.status", 404).Match("items.0.index.error.type", "index_not_found_exception")
            .Match("items.0.index.error.reason", "no such index [new_index_not_created] and [require_alias] request flag is [true] and [new_index_not_created] is not an alias")
            .Match("items.1.index.result", "created").Match("items.2.index.result", "created");
        (await os.Get("/new_index_not_created")).Catch("missing");
    }

    [Fact(DisplayName = "bulk/10_basic.yml: Return item-level error when no write index defined for an alias")]
    public async Task No_write_index_for_an_alias()
    {
        // The alias API is not supported: both indices get the alias at creation.
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_index1", """{"aliases":{"test_index":{}}}""")).Expect(200);
        (await os.Put("/test_index2", """{"aliases":{"test_index":{}}}""")).Expect(200);
        (await os.Bulk("/_bulk", """{"index":{"_index":"test_index"}}""", """{"field":"test"}"""))
            .Match("errors", true).Match("items.0.index.status", 400).Match("items.0.index.error.type", "illegal_argument_exception")
            .Match("items.0.index.error.reason", "no write index is defined for alias [test_index]. The write index may be explicitly disabled using is_write_index=false or the alias points to multiple indices without one being designated as a write index");
    }

    [Fact(DisplayName = "bulk/11_with_deprecated_types.yml: (every case: OpenSearch 2.x refuses _type)")]
    public async Task With_deprecated_types()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Bulk("/_bulk?refresh=true", """{"index":{"_index":"test_index","_type":"test_type","_id":"test_id"}}""", """{"f1":"v1","f2":42}"""))
            .Catch("bad_request").Match("error.reason", "Action/metadata line [1] contains an unknown parameter [_type]");
    }

    [Fact(DisplayName = "bulk/30_big_string.yml: One big string")]
    public async Task One_big_string()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Client.SendRaw(HttpMethod.Post, "/_bulk?refresh=true",
            "{\"index\": {\"_index\": \"test_index\", \"_id\": \"test_id\"}}\n{\"f1\": \"v1\", \"f2\": 42}\n{\"index\": {\"_index\": \"test_index\", \"_id\": \"test_id2\"}}\n{\"f1\": \"v2\", \"f2\": 47}\n",
            "application/x-ndjson")).Expect(200);
        (await os.Get("/test_index/_count")).Match("count", 2);
    }

    [Fact(DisplayName = "bulk/40_source.yml: Source filtering")]
    public async Task Source_filtering()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_index/_doc/test_id_1?refresh=true", """{"foo":"bar","bar":"foo"}""")).Expect(201);
        (await os.Put("/test_index/_doc/test_id_2?refresh=true", """{"foo":"qux","bar":"pux"}""")).Expect(201);
        (await os.Put("/test_index/_doc/test_id_3?refresh=true", """{"foo":"corge","bar":"forge"}""")).Expect(201);
        (await os.Bulk("/_bulk?refresh=true", """{"update":{"_index":"test_index","_id":"test_id_1","_source":true}}""", """{"doc":{"foo":"baz"}}""",
            """{"update":{"_index":"test_index","_id":"test_id_2"}}""", """{"_source":true,"doc":{"foo":"quux"}}"""))
            .Match("items.0.update.get._source.foo", "baz").Match("items.1.update.get._source.foo", "quux");
        (await os.Bulk("/test_index/_bulk?_source=true", """{"update":{"_id":"test_id_3"}}""", """{"doc":{"foo":"garply"}}"""))
            .Match("items.0.update.get._source.foo", "garply");
        (await os.Bulk("/_bulk?refresh=true", """{"update":{"_index":"test_index","_id":"test_id_1","_source":{"includes":"bar"}}}""", """{"doc":{"foo":"baz"}}""",
            """{"update":{"_index":"test_index","_id":"test_id_2"}}""", """{"_source":{"includes":"foo"},"doc":{"foo":"quux"}}"""))
            .Match("items.0.update.get._source.bar", "foo").IsFalse("items.0.update.get._source.foo")
            .Match("items.1.update.get._source.foo", "quux").IsFalse("items.1.update.get._source.bar");
        (await os.Bulk("/test_index/_bulk?_source_includes=foo", """{"update":{"_id":"test_id_3"}}""", """{"doc":{"foo":"garply"}}"""))
            .Match("items.0.update.get._source.foo", "garply").IsFalse("items.0.update.get._source.bar");
    }

    [Fact(DisplayName = "bulk/50_refresh.yml: refresh=true immediately makes changes are visible in search")]
    public async Task Refresh_true()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Bulk("/_bulk?refresh=true", """{"index":{"_index":"bulk_50_refresh_1","_id":"bulk_50_refresh_id1"}}""", """{"f1":"v1","f2":42}""",
            """{"index":{"_index":"bulk_50_refresh_1","_id":"bulk_50_refresh_id2"}}""", """{"f1":"v2","f2":47}""")).Expect(200);
        (await os.Get("/bulk_50_refresh_1/_count")).Match("count", 2);
    }

    [Fact(DisplayName = "bulk/50_refresh.yml: refresh=empty string immediately makes changes are visible in search")]
    public async Task Refresh_empty_string()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Bulk("/_bulk?refresh=", """{"index":{"_index":"bulk_50_refresh_2","_id":"bulk_50_refresh_id3"}}""", """{"f1":"v1","f2":42}""",
            """{"index":{"_index":"bulk_50_refresh_2","_id":"bulk_50_refresh_id4"}}""", """{"f1":"v2","f2":47}""")).Expect(200);
        (await os.Get("/bulk_50_refresh_2/_count")).Match("count", 2);
    }

    [Fact(DisplayName = "bulk/50_refresh.yml: refresh=wait_for waits until changes are visible in search")]
    public async Task Refresh_wait_for()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Bulk("/_bulk?refresh=wait_for", """{"index":{"_index":"bulk_50_refresh_3","_id":"bulk_50_refresh_id5"}}""", """{"f1":"v1","f2":42}""",
            """{"index":{"_index":"bulk_50_refresh_3","_id":"bulk_50_refresh_id6"}}""", """{"f1":"v2","f2":47}""")).Expect(200);
        (await os.Get("/bulk_50_refresh_3/_count")).Match("count", 2);
    }

    [Fact(DisplayName = "bulk/60_deprecated.yml: Deprecated parameters should fail in Bulk query")]
    public async Task Deprecated_parameters()
    {
        // OpenSearch 2.x refuses _type, _version and _routing in action lines before any item runs.
        await using var os = await YamlCluster.StartAsync();
        (await os.Bulk("/_bulk", """{"update":{"_index":"test_index","_id":"test_id_1","_version":1}}""", """{"doc":{"f1":"v1"}}"""))
            .Catch("bad_request").Match("error.reason", "Action/metadata line [1] contains an unknown parameter [_version]");
        (await os.Bulk("/_bulk", """{"update":{"_index":"test_index","_id":"test_id_1","_routing":"test1"}}""", """{"doc":{"f1":"v1"}}"""))
            .Catch("bad_request").Match("error.reason", "Action/metadata line [1] contains an unknown parameter [_routing]");
    }

    [Fact(DisplayName = "bulk/80_cas.yml: Compare And Swap Sequence Numbers")]
    public async Task Compare_and_swap_sequence_numbers()
    {
        await using var os = await YamlCluster.StartAsync();
        var indexed = (await os.Put("/test_1/_doc/1", """{"foo":"bar"}""")).Match("_version", 1);
        var (seqNo, term) = (indexed.Long("_seq_no"), indexed.Long("_primary_term"));
        (await os.Bulk("/_bulk", $$$"""{"index":{"_index":"test_1","_id":1,"if_seq_no":10000,"if_primary_term":{{{term}}}}}""", """{"foo":"bar2"}"""))
            .Match("errors", true).Match("items.0.index.status", 409).Match("items.0.index.error.type", "version_conflict_engine_exception");
        (await os.Bulk("/_bulk", $$$"""{"index":{"_index":"test_1","_id":1,"if_seq_no":{{{seqNo}}},"if_primary_term":{{{term}}}}}""", """{"foo":"bar2"}"""))
            .Match("errors", false).Match("items.0.index.status", 200);
    }

    [Fact(DisplayName = "bulk/90_pipeline.yml: One request has pipeline and another not")]
    public async Task One_request_has_pipeline()
    {
        // No ingest pipelines exist in this engine: any named pipeline is one that does not exist.
        await using var os = await YamlCluster.StartAsync();
        (await os.Bulk("/_bulk?refresh=true", """{"index":{"_index":"test_index","_id":"test_id1"}}""", """{"f1":"v1","f2":42}""",
            """{"index":{"_index":"test_index","_id":"test_id2","pipeline":"mypipeline"}}""", """{"f1":"v2","f2":47}"""))
            .Match("errors", true).Match("items.0.index.result", "created").Match("items.1.index.status", 400)
            .Match("items.1.index.error.type", "illegal_argument_exception").Match("items.1.index.error.reason", "pipeline with id [mypipeline] does not exist");
        (await os.Get("/test_index/_count")).Match("count", 1);
    }

    [Fact(DisplayName = "bulk/100_error_traces.yml: Returns a detailed error stack trace when requested")]
    public async Task Error_trace_requested()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Bulk("/_bulk?error_trace=true", """{"update":{"_index":"index_does_not_exist_321","_id":"123"}}""", """{"doc":{"field":"value"}}"""))
            .Unsupported("[error_trace] (Java stack traces)");
    }

    [Fact(DisplayName = "bulk/100_error_traces.yml: Skips a detailed error stack trace when requested")]
    public async Task Error_trace_skipped()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Bulk("/_bulk?error_trace=false", """{"update":{"_index":"index_does_not_exist_321","_id":"123"}}""", """{"doc":{"field":"value"}}"""))
            .Match("errors", true).Match("items.0.update.status", 404).Match("items.0.update.error.type", "document_missing_exception")
            .Match("items.0.update.error.reason", "[123]: document missing").Match("items.0.update.error.stack_trace", null);
    }

    [Fact(DisplayName = "bulk/100_unmap_fields_beyond_limit.yml: Test unmap the object type fields beyond the total fields limit")]
    public async Task Unmap_fields_beyond_limit()
    {
        // A 3.x setting.
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_index_1", """{"settings":{"index.mapping.total_fields.limit":3,"index.mapping.total_fields.unmap_fields_beyond_limit":true}}"""))
            .Unsupported("the index setting [index.mapping.total_fields.unmap_fields_beyond_limit]");
    }

    [Fact(DisplayName = "bulk/110_bulk_adaptive_shard_select.yml: Test basic use")]
    public async Task Adaptive_shard_select()
    {
        // 3.4 settings, unknown to the 2.x engine.
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test", """{"settings":{"index":{"number_of_shards":3,"append_only.enabled":true}}}""")).Catch("bad_request")
            .Match("error.reason", "unknown setting [index.append_only.enabled] please check that any required plugins are installed, or check the breaking changes documentation for removed settings");
    }

    [Fact(DisplayName = "bulk/120_dual_write.yml: (every case: index.dual_write is not an OpenSearch 2.x setting)")]
    public async Task Dual_write()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/dw_source", """{"settings":{"index.dual_write.index_name":"dw_target","number_of_shards":1,"number_of_replicas":0}}""")).Catch("bad_request")
            .Match("error.reason", "unknown setting [index.dual_write.index_name] please check that any required plugins are installed, or check the breaking changes documentation for removed settings");
    }
}
