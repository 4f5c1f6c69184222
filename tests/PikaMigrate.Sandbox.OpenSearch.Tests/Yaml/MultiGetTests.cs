namespace PikaMigrate.Sandbox.OpenSearch.Tests.Yaml;

/// <summary>OpenSearch's rest-api-spec <c>mget/*.yml</c>, transcribed.</summary>
public sealed class MultiGetTests
{
    [Fact(DisplayName = "mget/10_basic.yml: Basic multi-get")]
    public async Task Basic_multi_get()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_2")).Expect(200);
        (await os.Put("/test_1/_doc/1", """{"foo":"bar"}""")).Expect(201);
        await os.RefreshAll();
        (await os.Post("/_mget", """{"docs":[{"_index":"test_2","_id":1},{"_index":"test_1","_id":2},{"_index":"test_1","_id":1}]}"""))
            .IsFalse("docs.0.found").Match("docs.0._index", "test_2").Match("docs.0._id", "1")
            .IsFalse("docs.1.found").Match("docs.1._index", "test_1").Match("docs.1._id", "2")
            .IsTrue("docs.2.found").Match("docs.2._index", "test_1").Match("docs.2._id", "1").Match("docs.2._version", 1).MatchJson("docs.2._source", """{"foo":"bar"}""");
    }

    [Fact(DisplayName = "mget/12_non_existent_index.yml: Non-existent index")]
    public async Task Non_existent_index()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1/_doc/1", """{"foo":"bar"}""")).Expect(201);
        (await os.Post("/_mget", """{"docs":[{"_index":"test_2","_id":1}]}""")).IsFalse("docs.0.found").Match("docs.0._index", "test_2").Match("docs.0._id", "1")
            .Match("docs.0.error.type", "index_not_found_exception");
        (await os.Post("/_mget", """{"docs":[{"_index":"test_1","_id":1}]}""")).IsTrue("docs.0.found").Match("docs.0._index", "test_1").Match("docs.0._id", "1");
    }

    [Fact(DisplayName = "mget/13_missing_metadata.yml: Missing metadata")]
    public async Task Missing_metadata()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1/_doc/1", """{"foo":"bar"}""")).Expect(201);
        (await os.Post("/_mget", """{"docs":[{"_index":"test_1"}]}""")).Catch("/action_request_validation_exception.+ id is missing/");
        (await os.Post("/_mget", """{"docs":[{"_id":1}]}""")).Catch("/action_request_validation_exception.+ index is missing/");
        (await os.Post("/_mget", """{"docs":[]}""")).Catch("/action_request_validation_exception.+ no documents to get/");
        (await os.Post("/_mget", "{}")).Catch("/action_request_validation_exception.+ no documents to get/");
        (await os.Post("/_mget", """{"docs":[{"_index":"test_1","_id":1}]}"""))
            .IsTrue("docs.0.found").Match("docs.0._index", "test_1").Match("docs.0._id", "1").Match("docs.0._version", 1).MatchJson("docs.0._source", """{"foo":"bar"}""");
    }

    [Fact(DisplayName = "mget/14_alias_to_multiple_indices.yml: Multi Get with alias that resolves to multiple indices")]
    public async Task Alias_to_multiple_indices()
    {
        // The alias API is not supported: the alias is given when the indices are created.
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_2", """{"aliases":{"test_two_and_three":{}}}""")).Expect(200);
        (await os.Put("/test_3", """{"aliases":{"test_two_and_three":{}}}""")).Expect(200);
        (await os.Bulk("/_bulk?refresh=true", """{"index":{"_index":"test_1","_id":1}}""", """{"foo":"bar"}""", """{"index":{"_index":"test_2","_id":2}}""", """{"foo":"bar"}""",
            """{"index":{"_index":"test_3","_id":3}}""", """{"foo":"bar"}""")).Match("errors", false);
        (await os.Put("/test_2/_alias/test_two_and_three")).Catch("bad_request");
        (await os.Post("/_mget", """{"docs":[{"_index":"test_1","_id":1},{"_index":"test_two_and_three","_id":2}]}"""))
            .IsTrue("docs.0.found").Match("docs.0._index", "test_1").Match("docs.0._id", "1")
            .IsFalse("docs.1.found").Match("docs.1._index", "test_two_and_three").Match("docs.1._id", "2")
            .Match("docs.1.error.root_cause.0.type", "illegal_argument_exception")
            .Match("docs.1.error.root_cause.0.reason", "/[aA]lias.\\[test_two_and_three\\].has.more.than.one.index.associated.with.it.\\[test_[23]{1},.test_[23]{1}\\],.can't.execute.a.single.index.op/");
    }

    [Fact(DisplayName = "mget/15_ids.yml: IDs")]
    public async Task Ids()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1")).Expect(200);
        (await os.Put("/test_1/_doc/1", """{"foo":"bar"}""")).Expect(201);
        (await os.Put("/test_1/_doc/2", """{"foo":"baz"}""")).Expect(201);
        (await os.Post("/test_1/_mget", """{"ids":[1,3]}"""))
            .IsTrue("docs.0.found").Match("docs.0._index", "test_1").Match("docs.0._id", "1").Match("docs.0._version", 1).MatchJson("docs.0._source", """{"foo":"bar"}""")
            .IsFalse("docs.1.found").Match("docs.1._index", "test_1").Match("docs.1._id", "3");

        // 2.x has no types: no _type in the documents.
        (await os.Post("/test_1/_mget", """{"ids":[1,2]}"""))
            .IsTrue("docs.0.found").Match("docs.0._index", "test_1").IsFalse("docs.0._type").Match("docs.0._id", "1").Match("docs.0._version", 1).MatchJson("docs.0._source", """{"foo":"bar"}""")
            .IsTrue("docs.1.found").Match("docs.1._index", "test_1").Match("docs.1._id", "2").Match("docs.1._version", 1).MatchJson("docs.1._source", """{"foo":"baz"}""");
        (await os.Post("/test_1/_mget", """{"ids":[]}""")).Catch("/action_request_validation_exception.+ no documents to get/");
        (await os.Post("/test_1/_mget", "{}")).Catch("/action_request_validation_exception.+ no documents to get/");
    }

    [Fact(DisplayName = "mget/17_default_index.yml: Default index/type")]
    public async Task Default_index()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_2")).Expect(200);
        (await os.Put("/test_1/_doc/1", """{"foo":"bar"}""")).Expect(201);
        (await os.Post("/test_1/_mget", """{"docs":[{"_index":"test_2","_id":1},{"_id":2},{"_id":1}]}"""))
            .IsFalse("docs.0.found").Match("docs.0._index", "test_2").Match("docs.0._id", "1")
            .IsFalse("docs.1.found").Match("docs.1._index", "test_1").Match("docs.1._id", "2")
            .IsTrue("docs.2.found").Match("docs.2._index", "test_1").Match("docs.2._id", "1").Match("docs.2._version", 1).MatchJson("docs.2._source", """{"foo":"bar"}""");
    }

    [Fact(DisplayName = "mget/20_stored_fields.yml: Stored fields")]
    public async Task Stored_fields()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1", """{"mappings":{"properties":{"foo":{"type":"keyword","store":true},"count":{"type":"integer","store":true}}}}""")).Expect(200);
        (await os.Put("/test_1/_doc/1", """{"foo":"bar"}""")).Expect(201);
        const string docs = """{"docs":[{"_id":1},{"_id":1,"stored_fields":"foo"},{"_id":1,"stored_fields":["foo"]},{"_id":1,"stored_fields":["foo","_source"]}]}""";

        (await os.Post("/test_1/_mget", docs))
            .IsFalse("docs.0.fields").MatchJson("docs.0._source", """{"foo":"bar"}""")
            .MatchJson("docs.1.fields.foo", """["bar"]""").IsFalse("docs.1._source")
            .MatchJson("docs.2.fields.foo", """["bar"]""").IsFalse("docs.2._source")
            .MatchJson("docs.3.fields.foo", """["bar"]""").MatchJson("docs.3._source", """{"foo":"bar"}""");
        // stored_fields: foo and stored_fields: [foo] are the same URL parameter.
        (await os.Post("/test_1/_mget?stored_fields=foo", docs))
            .MatchJson("docs.0.fields.foo", """["bar"]""").IsFalse("docs.0._source")
            .MatchJson("docs.1.fields.foo", """["bar"]""").IsFalse("docs.1._source")
            .MatchJson("docs.2.fields.foo", """["bar"]""").IsFalse("docs.2._source")
            .MatchJson("docs.3.fields.foo", """["bar"]""").MatchJson("docs.3._source", """{"foo":"bar"}""");

        (await os.Post("/test_1/_mget?stored_fields=foo,_source", docs))
            .MatchJson("docs.0.fields.foo", """["bar"]""").MatchJson("docs.0._source", """{"foo":"bar"}""")
            .MatchJson("docs.1.fields.foo", """["bar"]""").IsFalse("docs.1._source")
            .MatchJson("docs.2.fields.foo", """["bar"]""").IsFalse("docs.2._source")
            .MatchJson("docs.3.fields.foo", """["bar"]""").MatchJson("docs.3._source", """{"foo":"bar"}""");
    }

    [Fact(DisplayName = "mget/40_routing.yml: Routing")]
    public async Task Routing()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1", """{"settings":{"index":{"number_of_shards":5,"number_of_routing_shards":5,"number_of_replicas":0}}}""")).Expect(200);
        (await os.Put("/test_1/_doc/1?routing=5", """{"foo":"bar"}""")).Unsupported("custom routing ([routing])");
        (await os.Post("/test_1/_mget?stored_fields=_routing", """{"docs":[{"_id":1},{"_id":1,"routing":4},{"_id":1,"routing":5}]}""")).Unsupported("custom routing ([routing])");
    }

    [Fact(DisplayName = "mget/60_realtime_refresh.yml: Realtime Refresh")]
    public async Task Realtime_refresh()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1", """{"settings":{"index":{"refresh_interval":-1,"number_of_replicas":0}}}""")).Expect(200);
        (await os.Get("/_cluster/health?wait_for_status=green")).Expect(200);
        (await os.Put("/test_1/_doc/1", """{"foo":"bar"}""")).Expect(201);
        (await os.Post("/test_1/_mget?realtime=false", """{"ids":[1]}""")).IsFalse("docs.0.found");
        (await os.Post("/test_1/_mget?realtime=true", """{"ids":[1]}""")).IsTrue("docs.0.found");
        (await os.Post("/test_1/_mget?realtime=false&refresh=true", """{"ids":[1]}""")).IsTrue("docs.0.found");
    }

    private static async Task<YamlCluster> SourceFilteringSetup()
    {
        var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1/_doc/1", """{"include":{"field1":"v1","field2":"v2"},"count":1}""")).Expect(201);
        (await os.Put("/test_1/_doc/2", """{"include":{"field1":"v1","field2":"v2"},"count":1}""")).Expect(201);
        return os;
    }

    [Fact(DisplayName = "mget/70_source_filtering.yml: Source filtering -  true/false")]
    public async Task Source_filtering_true_false()
    {
        await using var os = await SourceFilteringSetup();
        (await os.Post("/_mget", """{"docs":[{"_index":"test_1","_id":"1","_source":false},{"_index":"test_1","_id":"2","_source":true}]}"""))
            .Match("docs.0._id", "1").IsFalse("docs.0._source").Match("docs.1._id", "2").IsTrue("docs.1._source");
    }

    [Fact(DisplayName = "mget/70_source_filtering.yml: Source filtering -  include field")]
    public async Task Source_filtering_include_field()
    {
        await using var os = await SourceFilteringSetup();
        (await os.Post("/_mget", """{"docs":[{"_index":"test_1","_id":"1","_source":"include.field1"},{"_index":"test_1","_id":"2","_source":["include.field1"]}]}"""))
            .MatchJson("docs.0._source", """{"include":{"field1":"v1"}}""").MatchJson("docs.1._source", """{"include":{"field1":"v1"}}""");
    }

    [Fact(DisplayName = "mget/70_source_filtering.yml: Source filtering -  include nested field")]
    public async Task Source_filtering_include_nested_field()
    {
        await using var os = await SourceFilteringSetup();
        (await os.Post("/_mget", """{"docs":[{"_index":"test_1","_id":"1","_source":{"include":"include.field1"}},{"_index":"test_1","_id":"2","_source":{"include":["include.field1"]}}]}"""))
            .MatchJson("docs.0._source", """{"include":{"field1":"v1"}}""").MatchJson("docs.1._source", """{"include":{"field1":"v1"}}""");
    }

    [Fact(DisplayName = "mget/70_source_filtering.yml: Source filtering -  exclude field")]
    public async Task Source_filtering_exclude_field()
    {
        await using var os = await SourceFilteringSetup();
        (await os.Post("/_mget", """{"docs":[{"_index":"test_1","_id":"1","_source":{"include":["include"],"exclude":["*.field2"]}}]}"""))
            .MatchJson("docs.0._source", """{"include":{"field1":"v1"}}""");
    }

    [Fact(DisplayName = "mget/70_source_filtering.yml: Source filtering -  ids and true/false")]
    public async Task Source_filtering_ids_true_false()
    {
        await using var os = await SourceFilteringSetup();
        (await os.Post("/test_1/_mget?_source=false", """{"ids":[1,2]}""")).IsFalse("docs.0._source").IsFalse("docs.1._source");
        (await os.Post("/test_1/_mget?_source=true", """{"ids":[1,2]}""")).IsTrue("docs.0._source").IsTrue("docs.1._source");
    }

    [Fact(DisplayName = "mget/70_source_filtering.yml: Source filtering -  ids and include field")]
    public async Task Source_filtering_ids_include_field()
    {
        await using var os = await SourceFilteringSetup();
        (await os.Post("/test_1/_mget?_source=include.field1", """{"ids":[1,2]}"""))
            .MatchJson("docs.0._source", """{"include":{"field1":"v1"}}""").MatchJson("docs.1._source", """{"include":{"field1":"v1"}}""");
    }

    [Fact(DisplayName = "mget/70_source_filtering.yml: Source filtering -  ids and include nested field")]
    public async Task Source_filtering_ids_include_nested_field()
    {
        await using var os = await SourceFilteringSetup();
        (await os.Post("/test_1/_mget?_source_includes=include.field1,count", """{"ids":[1,2]}"""))
            .MatchJson("docs.0._source", """{"include":{"field1":"v1"},"count":1}""").MatchJson("docs.1._source", """{"include":{"field1":"v1"},"count":1}""");
    }

    [Fact(DisplayName = "mget/70_source_filtering.yml: Source filtering -  ids and exclude field")]
    public async Task Source_filtering_ids_exclude_field()
    {
        await using var os = await SourceFilteringSetup();
        (await os.Post("/test_1/_mget?_source_includes=include&_source_excludes=*.field2", """{"ids":[1,2]}"""))
            .MatchJson("docs.0._source", """{"include":{"field1":"v1"}}""").MatchJson("docs.1._source", """{"include":{"field1":"v1"}}""");
    }

    [Fact(DisplayName = "mget/80_deprecated.yml: Deprecated parameters should fail in Multi Get query")]
    public async Task Deprecated_parameters_should_fail()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1/_doc/1", """{"foo":"bar"}""")).Expect(201);
        (await os.Put("/test_1/_doc/2", """{"foo":"baz"}""")).Expect(201);
        (await os.Post("/_mget", """{"docs":[{"_index":"test_1","_id":1,"_routing":"test1"},{"_index":"test_1","_id":2,"_routing":"test1"}]}""")).Catch("bad_request");
        (await os.Post("/_mget", """{"docs":[{"_index":"test_1","_id":1,"_version":1},{"_index":"test_1","_id":2,"_version":1}]}""")).Catch("bad_request");
    }

    [Fact(DisplayName = "mget/90_error_traces.yml: Returns a detailed error stack trace when requested")]
    public async Task Error_trace_requested()
    {
        // No Java stack traces here: error_trace=true is refused.
        await using var os = await YamlCluster.StartAsync();
        (await os.Post("/index_does_not_exist_321/_mget?error_trace=true", """{"ids":[1]}""")).Unsupported("[error_trace] (Java stack traces)");
    }

    [Fact(DisplayName = "mget/90_error_traces.yml: Skips a detailed error stack trace when requested")]
    public async Task Error_trace_skipped()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Post("/index_does_not_exist_321/_mget?error_trace=false", """{"ids":[1]}"""))
            .Match("docs.0.error.type", "index_not_found_exception").Match("docs.0.error.reason", "no such index [index_does_not_exist_321]")
            .Match("docs.0.error.stack_trace", null)
            .Match("docs.0.error.root_cause.0.type", "index_not_found_exception").Match("docs.0.error.root_cause.0.reason", "no such index [index_does_not_exist_321]")
            .Match("docs.0.error.root_cause.0.stack_trace", null);
    }
}
