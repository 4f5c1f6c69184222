using PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Conformance;

[Collection(EngineCollection.Name)]
public sealed class MappingTests(EngineFixture engine)
{
    [Fact]
    public async Task Get_prints_properties_sorted_without_defaults()
    {
        var index = engine.NewIndex("map");
        await engine.Client.CreateIndex(index, new
        {
            properties = new Dictionary<string, object>
            {
                ["zeta"] = new { type = "keyword", index = true },
                ["alpha"] = new { type = "text", fields = new { keyword = new { type = "keyword", ignore_above = 256 } } },
                ["when"] = new { type = "date" },
                ["nested_obj"] = new { properties = new { b = new { type = "long" }, a = new { type = "boolean" } } },
            },
        });
        var mapping = (await engine.Client.Get($"/{index}/_mapping")).Expect(200);
        Assert.Equal(
            """{"properties":{"alpha":{"type":"text","fields":{"keyword":{"type":"keyword","ignore_above":256}}},"nested_obj":{"properties":{"a":{"type":"boolean"},"b":{"type":"long"}}},"when":{"type":"date"},"zeta":{"type":"keyword"}}}""",
            mapping.Raw($"{index}.mappings"));
    }

    [Fact]
    public async Task An_index_without_mappings_prints_an_empty_object()
    {
        var index = engine.NewIndex("empty");
        await engine.Client.CreateIndex(index);
        Assert.Equal("{}", (await engine.Client.Get($"/{index}/_mapping")).Raw($"{index}.mappings"));
    }

    [Fact]
    public async Task Put_merges_additively_and_expands_dotted_names()
    {
        var index = engine.NewIndex("merge");
        await engine.Client.CreateIndex(index, new { properties = new { text1 = new { type = "text" }, kept = new { type = "keyword" } } });
        (await engine.Client.Put($"/{index}/_mapping", """
            {"properties":{"text1":{"type":"text","fields":{"text_raw":{"type":"keyword"}}},"subfield.text3":{"type":"text"},"added":{"type":"long"}}}
            """)).Expect(200);
        var mapping = await engine.Client.Get($"/{index}/_mapping");
        Assert.Equal("keyword", mapping.String($"{index}.mappings.properties.kept.type"));
        Assert.Equal("keyword", mapping.String($"{index}.mappings.properties.text1.fields.text_raw.type"));
        Assert.Equal("text", mapping.String($"{index}.mappings.properties.subfield.properties.text3.type"));
        Assert.Equal("long", mapping.String($"{index}.mappings.properties.added.type"));
    }

    [Fact]
    public async Task Changing_a_type_is_refused_with_the_exact_reason()
    {
        var index = engine.NewIndex("conflict");
        await engine.Client.CreateIndex(index, new { properties = new { status = new { type = "text" } } });
        var response = await engine.Client.Put($"/{index}/_mapping", """{"properties":{"status":{"type":"keyword"}}}""");
        response.ExpectError(400, "illegal_argument_exception", "mapper [status] cannot be changed from type [text] to [keyword]");
        Assert.Null(response.Path("error.caused_by"));
    }

    [Fact]
    public async Task Keyword_twin_over_a_dynamic_text_field_fails_and_nothing_of_the_update_is_applied()
    {
        var index = engine.NewIndex("twins");
        await engine.Client.Index(index, ("1", new { user_type_keyword = "internal-user" }));
        var response = await engine.Client.Put($"/{index}/_mapping", """
            {"properties":{"invocation_mode_keyword":{"type":"keyword"},"user_type_keyword":{"type":"keyword"},"source_keyword":{"type":"keyword"}}}
            """);
        response.ExpectError(400, "illegal_argument_exception", "mapper [user_type_keyword] cannot be changed from type [text] to [keyword]");
        var mapping = await engine.Client.Get($"/{index}/_mapping");
        Assert.Null(mapping.Path($"{index}.mappings.properties.invocation_mode_keyword"));
        Assert.Null(mapping.Path($"{index}.mappings.properties.source_keyword"));
        Assert.Equal("text", mapping.String($"{index}.mappings.properties.user_type_keyword.type"));
    }

    [Fact]
    public async Task Field_to_object_and_object_to_field_conflicts()
    {
        var index = engine.NewIndex("shape");
        await engine.Client.CreateIndex(index, new { properties = new { flat = new { type = "keyword" }, obj = new { properties = new { a = new { type = "keyword" } } } } });
        (await engine.Client.Put($"/{index}/_mapping", """{"properties":{"flat":{"properties":{"x":{"type":"keyword"}}}}}"""))
            .ExpectError(400, "illegal_argument_exception", "mapper [flat] cannot be changed from type [keyword] to [ObjectMapper]");
        (await engine.Client.Put($"/{index}/_mapping", """{"properties":{"obj":{"type":"keyword"}}}"""))
            .ExpectError(400, "illegal_argument_exception", "can't merge a non object mapping [obj] with an object mapping");
    }

    [Fact]
    public async Task Non_updatable_parameters_conflict_and_updatable_ones_change()
    {
        var index = engine.NewIndex("params");
        await engine.Client.CreateIndex(index, new { properties = new { msg = new { type = "text" }, tag = new { type = "keyword", ignore_above = 10 } } });
        (await engine.Client.Put($"/{index}/_mapping", """{"properties":{"msg":{"type":"text","analyzer":"whitespace","index":false}}}"""))
            .ExpectError(400, "illegal_argument_exception",
                "Mapper for [msg] conflicts with existing mapper:\n\tCannot update parameter [index] from [true] to [false]\n\tCannot update parameter [analyzer] from [default] to [whitespace]");
        (await engine.Client.Put($"/{index}/_mapping", """{"properties":{"tag":{"type":"keyword","ignore_above":20},"msg":{"type":"text","fielddata":true}}}""")).Expect(200);
        var mapping = await engine.Client.Get($"/{index}/_mapping");
        Assert.Equal(20, mapping.Long($"{index}.mappings.properties.tag.ignore_above"));
        Assert.True(mapping.Path($"{index}.mappings.properties.msg.fielddata")!.GetValue<bool>());
    }

    [Fact]
    public async Task Meta_is_replaced_not_merged()
    {
        var index = engine.NewIndex("meta");
        await engine.Client.CreateIndex(index, new { _meta = new { foo = "1", bar = "2" } });
        (await engine.Client.Put($"/{index}/_mapping", """{"_meta":{"foo":"3"}}""")).Expect(200);
        Assert.Equal("""{"foo":"3"}""", (await engine.Client.Get($"/{index}/_mapping")).Raw($"{index}.mappings._meta"));
    }

    [Fact]
    public async Task Typed_put_mapping_and_unknown_parameters_are_refused()
    {
        var index = engine.NewIndex("typedput");
        await engine.Client.CreateIndex(index);
        (await engine.Client.Put($"/{index}/_mapping", """{"_doc":{"properties":{"a":{"type":"keyword"}}}}"""))
            .ExpectError(400, "illegal_argument_exception", "Types cannot be provided in put mapping requests");
        (await engine.Client.Put($"/{index}/_mapping", """{"properties":{"a":{"type":"keyword","foo":1}}}"""))
            .ExpectError(400, "mapper_parsing_exception", "unknown parameter [foo] on mapper [a] of type [keyword]");
    }
}
