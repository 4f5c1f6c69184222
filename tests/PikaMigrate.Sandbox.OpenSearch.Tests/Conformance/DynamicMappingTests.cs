using PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Conformance;

[Collection(EngineCollection.Name)]
public sealed class DynamicMappingTests(EngineFixture engine)
{
    [Fact]
    public async Task Json_values_map_to_the_default_dynamic_types()
    {
        var index = engine.NewIndex("dyn");
        await engine.Client.Index(index, ("1", """
            {"s":"hello","iso":"2024-08-12","slash":"2015/09/02","num_str":"2024","l":42,"f":1.5,"b":true,"o":{"inner":"x"},"n":null,"e":[],"arr":[null,7]}
            """));
        var mapping = await engine.Client.Get($"/{index}/_mapping");
        string Field(string name) => mapping.Raw($"{index}.mappings.properties.{name}");
        Assert.Equal("""{"type":"text","fields":{"keyword":{"type":"keyword","ignore_above":256}}}""", Field("s"));
        Assert.Equal("""{"type":"date"}""", Field("iso"));
        Assert.Equal("""{"type":"date","format":"yyyy/MM/dd HH:mm:ss||yyyy/MM/dd||epoch_millis"}""", Field("slash"));
        Assert.Equal("""{"type":"text","fields":{"keyword":{"type":"keyword","ignore_above":256}}}""", Field("num_str"));
        Assert.Equal("""{"type":"long"}""", Field("l"));
        Assert.Equal("""{"type":"float"}""", Field("f"));
        Assert.Equal("""{"type":"boolean"}""", Field("b"));
        Assert.Equal("""{"properties":{"inner":{"type":"text","fields":{"keyword":{"type":"keyword","ignore_above":256}}}}}""", Field("o"));
        Assert.Equal("null", Field("n"));
        Assert.Equal("null", Field("e"));
        Assert.Equal("""{"type":"long"}""", Field("arr"));
    }

    [Fact]
    public async Task Dynamic_templates_apply_in_order_on_path_and_type()
    {
        var index = engine.NewIndex("tmpl");
        await engine.Client.CreateIndex(index, """
            {"dynamic_templates":[
              {"session_attributes_dynamic":{"path_match":"session_attributes.*","match_mapping_type":"string","mapping":{"type":"keyword","ignore_above":512}}},
              {"longs_as_double":{"match_mapping_type":"long","mapping":{"type":"double"}}}],
             "properties":{"session_attributes":{"properties":{"current_date":{"type":"date"}}}}}
            """);
        await engine.Client.Index(index, ("1", """{"session_attributes":{"custom":"x","when":"2024-01-01"},"top":"y","count":3}"""));
        var mapping = await engine.Client.Get($"/{index}/_mapping");
        Assert.Equal("""{"type":"keyword","ignore_above":512}""", mapping.Raw($"{index}.mappings.properties.session_attributes.properties.custom"));
        Assert.Equal("""{"type":"date"}""", mapping.Raw($"{index}.mappings.properties.session_attributes.properties.when"));
        Assert.Equal("text", mapping.String($"{index}.mappings.properties.top.type"));
        Assert.Equal("double", mapping.String($"{index}.mappings.properties.count.type"));
        Assert.Equal("session_attributes.*", mapping.String($"{index}.mappings.dynamic_templates.0.session_attributes_dynamic.path_match"));
    }

    [Fact]
    public async Task Strict_rejects_and_false_keeps_the_field_unindexed()
    {
        var strict = engine.NewIndex("strict");
        await engine.Client.CreateIndex(strict, """{"dynamic":"strict","properties":{"a":{"type":"keyword"}}}""");
        (await engine.Client.Put($"/{strict}/_doc/1", """{"a":"x","color":"red"}"""))
            .ExpectError(400, "strict_dynamic_mapping_exception", "mapping set to strict, dynamic introduction of [color] within [_doc] is not allowed");

        var loose = engine.NewIndex("loose");
        await engine.Client.CreateIndex(loose, """{"dynamic":false,"properties":{"a":{"type":"keyword"}}}""");
        await engine.Client.Index(loose, ("1", """{"a":"x","color":"red"}"""));
        Assert.Equal("red", (await engine.Client.Get($"/{loose}/_doc/1")).String("_source.color"));
        Assert.Equal(0, (await engine.Client.Search(loose, """{"query":{"term":{"color":"red"}}}""")).Long("hits.total.value"));
        Assert.Null((await engine.Client.Get($"/{loose}/_mapping")).Path($"{loose}.mappings.properties.color"));
    }

    [Fact]
    public async Task Values_that_do_not_fit_the_field_type_are_mapper_parsing_errors()
    {
        var index = engine.NewIndex("clash");
        await engine.Client.CreateIndex(index, new { properties = new { count = new { type = "long" }, host = new { properties = new { name = new { type = "keyword" } } } } });
        var bad = await engine.Client.Put($"/{index}/_doc/1", """{"count":"abc"}""");
        bad.ExpectError(400, "mapper_parsing_exception", "failed to parse field [count] of type [long] in document with id '1'. Preview of field's value: 'abc'");
        Assert.Equal("number_format_exception", bad.String("error.caused_by.type"));

        (await engine.Client.Put($"/{index}/_doc/2", """{"host":"x"}"""))
            .ExpectError(400, "mapper_parsing_exception", "object mapping for [host] tried to parse field [host] as object, but found a concrete value");

        (await engine.Client.Put($"/{index}/_doc/3", """{"count":"12"}""")).Expect(201);
    }
}
