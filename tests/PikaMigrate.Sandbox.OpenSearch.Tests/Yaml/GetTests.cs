namespace PikaMigrate.Sandbox.OpenSearch.Tests.Yaml;

/// <summary>OpenSearch's rest-api-spec <c>get/*.yml</c>, transcribed.</summary>
public sealed class GetTests
{
    [Fact(DisplayName = "get/10_basic.yml: Basic")]
    public async Task Basic()
    {
        await using var os = await YamlCluster.StartAsync();
        var id = Uri.EscapeDataString("中文");
        (await os.Put($"/test_1/_doc/{id}", """{"foo":"Hello: 中文"}""")).Expect(201);
        (await os.Get($"/test_1/_doc/{id}")).Match("_index", "test_1").Match("_id", "中文").MatchJson("_source", """{"foo":"Hello: 中文"}""");
    }

    [Fact(DisplayName = "get/15_default_values.yml: Default values")]
    public async Task Default_values()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1/_doc/1", """{"foo":"bar"}""")).Expect(201);
        (await os.Get("/test_1/_doc/1")).Match("_index", "test_1").Match("_id", "1").MatchJson("_source", """{"foo":"bar"}""");
    }

    [Fact(DisplayName = "get/20_stored_fields.yml: Stored fields")]
    public async Task Stored_fields()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1", """{"mappings":{"properties":{"foo":{"type":"keyword","store":true},"count":{"type":"integer","store":true}}}}""")).Expect(200);
        (await os.Put("/test_1/_doc/1", """{"foo":"bar","count":1}""")).Expect(201);
        (await os.Get("/test_1/_doc/1?stored_fields=foo")).Match("_index", "test_1").Match("_id", "1").MatchJson("fields.foo", """["bar"]""").IsFalse("_source");
        (await os.Get("/test_1/_doc/1?stored_fields=foo,count")).MatchJson("fields.foo", """["bar"]""").MatchJson("fields.count", "[1]").IsFalse("_source");
        (await os.Get("/test_1/_doc/1?stored_fields=foo,count,_source")).MatchJson("fields.foo", """["bar"]""").MatchJson("fields.count", "[1]").Match("_source.foo", "bar");
    }

    [Fact(DisplayName = "get/40_routing.yml: Routing")]
    public async Task Routing()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1", """{"settings":{"index":{"number_of_shards":5,"number_of_routing_shards":5,"number_of_replicas":0}}}""")).Expect(200);
        (await os.Put("/test_1/_doc/1?routing=5", """{"foo":"bar"}""")).Unsupported("custom routing ([routing])");
        (await os.Get("/test_1/_doc/1?routing=5&stored_fields=_routing")).Unsupported("custom routing ([routing])");
        (await os.Get("/test_1/_doc/1")).Catch("missing");
    }

    [Fact(DisplayName = "get/50_with_headers.yml: REST test with headers")]
    public async Task With_headers()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1/_doc/1", """{"body":"foo"}""")).Expect(201);
        (await os.Client.GetAccepting("/test_1/_doc/1", "application/yaml")).Unsupported("the response format [application/yaml]");
        (await os.Get("/test_1/_doc/1")).Match("_index", "test_1").Match("_id", "1").Match("_version", 1).Match("found", true).MatchJson("_source", """{"body":"foo"}""");
    }

    [Fact(DisplayName = "get/60_realtime_refresh.yml: Realtime Refresh")]
    public async Task Realtime_refresh()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1", """{"settings":{"index":{"refresh_interval":-1,"number_of_replicas":0}}}""")).Expect(200);
        (await os.Get("/_cluster/health?wait_for_status=green")).Expect(200);
        (await os.Put("/test_1/_doc/1", """{"foo":"bar"}""")).Expect(201);
        (await os.Get("/test_1/_doc/1?realtime=false")).Catch("missing");
        (await os.Get("/test_1/_doc/1?realtime=true")).IsTrue("found");
        (await os.Get("/test_1/_doc/1?realtime=false&refresh=true")).IsTrue("found");
    }

    [Fact(DisplayName = "get/70_source_filtering.yml: Source filtering")]
    public async Task Source_filtering()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1", """{"mappings":{"properties":{"count":{"type":"integer","store":true}}}}""")).Expect(200);
        (await os.Put("/test_1/_doc/1", """{"include":{"field1":"v1","field2":"v2"},"count":1}""")).Expect(201);
        (await os.Get("/test_1/_doc/1?_source=false")).Match("_index", "test_1").Match("_id", "1").IsFalse("_source");
        (await os.Get("/test_1/_doc/1?_source=true")).Match("_source.include.field1", "v1");
        (await os.Get("/test_1/_doc/1?_source=include.field1")).Match("_source.include.field1", "v1").IsFalse("_source.include.field2");
        (await os.Get("/test_1/_doc/1?_source_includes=include.field1")).Match("_source.include.field1", "v1").IsFalse("_source.include.field2");
        (await os.Get("/test_1/_doc/1?_source_includes=include.field1,include.field2"))
            .Match("_source.include.field1", "v1").Match("_source.include.field2", "v2").IsFalse("_source.count");
        (await os.Get("/test_1/_doc/1?_source_includes=include&_source_excludes=*.field2"))
            .Match("_source.include.field1", "v1").IsFalse("_source.include.field2").IsFalse("_source.count");
        (await os.Get("/test_1/_doc/1?stored_fields=count&_source=true"))
            .Match("_index", "test_1").Match("_id", "1").MatchJson("fields.count", "[1]").Match("_source.include.field1", "v1");
    }

    [Fact(DisplayName = "get/80_missing.yml: Missing document with catch")]
    public async Task Missing_document_with_catch()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Get("/test_1/_doc/1")).Catch("missing");
    }

    [Fact(DisplayName = "get/80_missing.yml: Missing document with ignore")]
    public async Task Missing_document_with_ignore()
    {
        // "ignore: 404" is the client accepting the 404; the index does not exist either.
        await using var os = await YamlCluster.StartAsync();
        (await os.Get("/test_1/_doc/1")).Expect(404).Match("error.type", "index_not_found_exception");
    }

    [Fact(DisplayName = "get/90_versions.yml: Versions")]
    public async Task Versions()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_1/_doc/1", """{"foo":"bar"}""")).Match("_version", 1);
        (await os.Put("/test_1/_doc/1", """{"foo":"bar"}""")).Match("_version", 2);
        (await os.Get("/test_1/_doc/1?version=2")).Match("_id", "1");
        (await os.Get("/test_1/_doc/1?version=1")).Catch("conflict")
            .Match("error.reason", "[1]: version conflict, current version [2] is different than the one provided [1]");
        (await os.Get("/test_1/_doc/1?version=2&version_type=external")).Match("_id", "1");
        (await os.Get("/test_1/_doc/1?version=10&version_type=external")).Catch("conflict");
        (await os.Get("/test_1/_doc/1?version=1&version_type=external")).Catch("conflict");
        (await os.Get("/test_1/_doc/1?version=2&version_type=external_gte")).Match("_id", "1");
        (await os.Get("/test_1/_doc/1?version=10&version_type=external_gte")).Catch("conflict");
        (await os.Get("/test_1/_doc/1?version=1&version_type=external_gte")).Catch("conflict");
    }

    [Fact(DisplayName = "get/100_derived_source.yml: Derived source with nested objects")]
    public async Task Derived_source_with_nested_objects()
    {
        // A 3.x index setting: unknown to the 2.x engine.
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_derived_source_nested", """{"settings":{"index":{"number_of_shards":1,"derived_source":{"enabled":true}}}}""")).Catch("bad_request")
            .Match("error.reason", "unknown setting [index.derived_source.enabled] please check that any required plugins are installed, or check the breaking changes documentation for removed settings");
    }
}
