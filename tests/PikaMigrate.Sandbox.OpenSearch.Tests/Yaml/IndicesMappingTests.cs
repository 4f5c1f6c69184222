using PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Yaml;

/// <summary>
/// OpenSearch's rest-api-spec <c>indices.get_mapping/30_missing_index.yml</c>, <c>indices.put_mapping/10_basic.yml</c>,
/// <c>20_mix_typeless_typeful.yml</c> and <c>all_path_options.yml</c>, transcribed.
/// </summary>
public sealed class IndicesMappingTests
{
    private const string Missing = "indices.get_mapping/30_missing_index.yml: ";
    private const string Basic = "indices.put_mapping/10_basic.yml: ";
    private const string Typeful = "indices.put_mapping/20_mix_typeless_typeful.yml: ";
    private const string Paths = "indices.put_mapping/all_path_options.yml: ";

    [Fact(DisplayName = Missing + "Raise 404 when index doesn't exist")]
    public async Task Raise_404_when_index_does_not_exist()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Get("/test_index/_mapping")).Catch("missing")
            .Match("error.type", "index_not_found_exception").Match("error.reason", "no such index [test_index]");
    }

    [Fact(DisplayName = Missing + "Index missing, no indexes")]
    public async Task Index_missing_no_indexes()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Get("/test_index/_mapping")).Catch("missing");
    }

    [Fact(DisplayName = Missing + "Index missing, ignore_unavailable=true")]
    public async Task Index_missing_ignore_unavailable()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Get("/test_index/_mapping?ignore_unavailable=true")).Expect(200).MatchJson("", "{}");
    }

    [Fact(DisplayName = Missing + "Index missing, ignore_unavailable=true, allow_no_indices=false")]
    public async Task Index_missing_ignore_unavailable_allow_no_indices_false()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Get("/test_index/_mapping?ignore_unavailable=true&allow_no_indices=false")).Catch("missing")
            .Match("error.type", "index_not_found_exception").Match("error.reason", "no such index [null]").Match("error.resource\\.id", "test_index");
    }

    [Fact(DisplayName = Basic + "Test Create and update mapping")]
    public async Task Test_create_and_update_mapping()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_index")).Expect(200);
        (await os.Put("/test_index/_mapping", """
            {"properties":{"text1":{"type":"text","analyzer":"whitespace"},"text2":{"type":"text","analyzer":"whitespace"},"subfield.text3":{"type":"text"}}}
            """)).Expect(200);
        (await os.Get("/test_index/_mapping"))
            .Match("test_index.mappings.properties.text1.type", "text").Match("test_index.mappings.properties.text1.analyzer", "whitespace")
            .Match("test_index.mappings.properties.text2.type", "text").Match("test_index.mappings.properties.text2.analyzer", "whitespace");
        (await os.Put("/test_index/_mapping", """{"properties":{"text1":{"type":"text","analyzer":"whitespace","fields":{"text_raw":{"type":"keyword"}}}}}""")).Expect(200);
        (await os.Get("/test_index/_mapping"))
            .Match("test_index.mappings.properties.text1.type", "text")
            .Match("test_index.mappings.properties.subfield.properties.text3.type", "text")
            .Match("test_index.mappings.properties.text1.fields.text_raw.type", "keyword");
    }

    [Fact(DisplayName = Basic + "Create index with invalid mappings")]
    public async Task Put_invalid_mappings()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_index")).Expect(200);
        (await os.Put("/test_index/_mapping", """{"properties":{"":{"type":"keyword"}}}""")).Catch("/illegal_argument_exception/");
    }

    [Fact(DisplayName = Basic + "Put mappings with explicit _doc type")]
    public async Task Put_mappings_with_explicit_doc_type()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_index")).Expect(200);
        (await os.Put("/test_index/_mapping", """{"_doc":{"properties":{"field":{"type":"keyword"}}}}""")).Catch("bad_request")
            .Match("error.type", "illegal_argument_exception").Match("error.reason", "Types cannot be provided in put mapping requests");
    }

    [Fact(DisplayName = Basic + "Update per-field metadata")]
    public async Task Update_per_field_metadata()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_index", """{"mappings":{"properties":{"foo":{"type":"keyword","meta":{"bar":"baz"}}}}}""")).Expect(200);
        (await os.Put("/test_index/_mapping", """{"properties":{"foo":{"type":"keyword","meta":{"baz":"quux"}}}}""")).Expect(200);
        (await os.Get("/test_index/_mapping")).IsFalse("test_index.mappings.properties.foo.meta.bar").Match("test_index.mappings.properties.foo.meta.baz", "quux");
    }

    [Fact(DisplayName = Typeful + "PUT mapping with typeless API on an index that has types")]
    public async Task Put_mapping_on_an_index_that_has_types()
    {
        // include_type_name is gone in OpenSearch 2.x: the parameter is refused before any index is created.
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/index?include_type_name=true", """{"mappings":{"not_doc":{"properties":{"foo":{"type":"keyword"}}}}}""")).Catch("bad_request")
            .Match("error.reason", "/contains unrecognized parameter: \\[include_type_name\\]/");
        (await os.Head("/index")).Expect(404);
    }

    [Fact(DisplayName = Typeful + "PUT mapping with _doc on an index that has types")]
    public async Task Put_mapping_with_doc_on_an_index_that_has_types()
    {
        // Without types a mapping named by a type is just an unknown root parameter.
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/index", """{"mappings":{"my_type":{"properties":{"foo":{"type":"keyword"}}}}}""")).Catch("bad_request")
            .Match("error.type", "mapper_parsing_exception")
            .Match("error.reason", "/Root mapping definition has unsupported parameters:  \\[my_type : \\{properties=\\{foo=\\{type=keyword\\}\\}\\}\\]/");
    }

    private static async Task<YamlCluster> PathsSetup()
    {
        var os = await YamlCluster.StartAsync();
        (await os.Put("/test_index1")).Expect(200);
        (await os.Put("/test_index2")).Expect(200);
        (await os.Put("/foo")).Expect(200);
        return os;
    }

    private const string TextMapping = """{"properties":{"text":{"type":"text","analyzer":"whitespace"}}}""";

    private static void AssertText(EngineResponse mappings, params string[] indices)
    {
        foreach (var index in indices)
        {
            mappings.Match($"{index}.mappings.properties.text.type", "text").Match($"{index}.mappings.properties.text.analyzer", "whitespace");
        }
    }

    [Fact(DisplayName = Paths + "put one mapping per index")]
    public async Task Put_one_mapping_per_index()
    {
        await using var os = await PathsSetup();
        (await os.Put("/test_index1/_mapping", TextMapping)).Expect(200);
        (await os.Put("/test_index2/_mapping", TextMapping)).Expect(200);
        var mappings = await os.Get("/_mapping");
        AssertText(mappings, "test_index1", "test_index2");
        mappings.MatchJson("foo.mappings", "{}");
    }

    [Fact(DisplayName = Paths + "put mapping in _all index")]
    public async Task Put_mapping_in_all_index()
    {
        await using var os = await PathsSetup();
        (await os.Put("/_all/_mapping", TextMapping)).Expect(200);
        AssertText(await os.Get("/_mapping"), "test_index1", "test_index2", "foo");
    }

    [Fact(DisplayName = Paths + "put mapping in * index")]
    public async Task Put_mapping_in_star_index()
    {
        await using var os = await PathsSetup();
        (await os.Put("/*/_mapping", TextMapping)).Expect(200);
        AssertText(await os.Get("/_mapping"), "test_index1", "test_index2", "foo");
    }

    [Fact(DisplayName = Paths + "put mapping in prefix* index")]
    public async Task Put_mapping_in_prefix_star_index()
    {
        await using var os = await PathsSetup();
        (await os.Put("/test_index*/_mapping", TextMapping)).Expect(200);
        var mappings = await os.Get("/_mapping");
        AssertText(mappings, "test_index1", "test_index2");
        mappings.MatchJson("foo.mappings", "{}");
    }

    [Fact(DisplayName = Paths + "put mapping in list of indices")]
    public async Task Put_mapping_in_list_of_indices()
    {
        await using var os = await PathsSetup();
        (await os.Put("/test_index1,test_index2/_mapping", TextMapping)).Expect(200);
        var mappings = await os.Get("/_mapping");
        AssertText(mappings, "test_index1", "test_index2");
        mappings.MatchJson("foo.mappings", "{}");
    }

    [Fact(DisplayName = Paths + "post a mapping with default analyzer twice")]
    public async Task Post_a_mapping_with_default_analyzer_twice()
    {
        await using var os = await PathsSetup();
        const string body = """{"dynamic":false,"properties":{"text":{"analyzer":"default","type":"text"}}}""";
        (await os.Post("/test_index1/_mapping", body)).Expect(200);
        (await os.Post("/test_index1/_mapping", body)).Expect(200);
        (await os.Get("/_mapping")).Match("test_index1.mappings.properties.text.type", "text");
    }

    [Fact(DisplayName = Paths + "post a mapping with setting dynamic to strict_allow_templates")]
    public async Task Post_a_mapping_with_dynamic_strict_allow_templates()
    {
        await using var os = await PathsSetup();
        (await os.Put("/test_index1/_mapping", """
            {"dynamic":"strict_allow_templates","dynamic_templates":[{"strings":{"match":"foo*","match_mapping_type":"string","mapping":{"type":"keyword"}}}],
             "properties":{"test1":{"type":"text"}}}
            """)).Unsupported("[dynamic] [strict_allow_templates]");
    }

    [Fact(DisplayName = Paths + "post a mapping with setting dynamic to false_allow_templates")]
    public async Task Post_a_mapping_with_dynamic_false_allow_templates()
    {
        // A 3.x value: the 2.x engine does not know it.
        await using var os = await PathsSetup();
        (await os.Put("/test_index1/_mapping", """
            {"dynamic":"false_allow_templates","dynamic_templates":[{"strings":{"match":"foo*","match_mapping_type":"string","mapping":{"type":"keyword"}}}],
             "properties":{"test1":{"type":"text"}}}
            """)).Catch("bad_request").Match("error.type", "mapper_parsing_exception")
            .Match("error.reason", "Could not convert [dynamic] with value [false_allow_templates] to one of [true, false, strict, strict_allow_templates]");
    }
}
