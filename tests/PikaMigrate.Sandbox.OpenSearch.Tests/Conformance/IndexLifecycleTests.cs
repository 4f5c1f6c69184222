using PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Conformance;

[Collection(EngineCollection.Name)]
public sealed class IndexLifecycleTests(EngineFixture engine)
{
    [Fact]
    public async Task Create_answers_acknowledged_and_HEAD_sees_it_and_its_alias()
    {
        var index = engine.NewIndex("events");
        var created = (await engine.Client.Put($"/{index}", """
            {"settings":{"number_of_shards":1,"number_of_replicas":0},
             "mappings":{"properties":{"user":{"type":"keyword"},"msg":{"type":"text"}}},
             "aliases":{"INDEX-read":{}}}
            """.Replace("INDEX", index, StringComparison.Ordinal))).Expect(200);
        Assert.True(created["acknowledged"]!.GetValue<bool>());
        Assert.True(created["shards_acknowledged"]!.GetValue<bool>());
        Assert.Equal(index, created.String("index"));
        Assert.Equal(200, (await engine.Client.Head($"/{index}")).Status);
        Assert.Equal(200, (await engine.Client.Head($"/{index}-read")).Status);
        Assert.Equal(404, (await engine.Client.Head($"/{index}-missing")).Status);
        Assert.Equal("", (await engine.Client.Head($"/{index}-missing")).Text);
    }

    [Fact]
    public async Task Creating_an_existing_index_names_it_with_its_uuid()
    {
        var index = engine.NewIndex("exists");
        await engine.Client.CreateIndex(index);
        var settings = (await engine.Client.Get($"/{index}/_settings")).Expect(200);
        var uuid = settings.String($"{index}.settings.index.uuid")!;
        Assert.Equal(22, uuid.Length);

        var again = await engine.Client.Put($"/{index}", "{}");
        again.ExpectError(400, "resource_already_exists_exception", $"index [{index}/{uuid}] already exists");
        Assert.Equal(uuid, again.String("error.index_uuid"));
        Assert.Equal(index, again.String("error.root_cause.0.index"));
    }

    [Theory]
    [InlineData("Upper", "must be lowercase")]
    [InlineData("has#hash", "must not contain '#'")]
    [InlineData("has:colon", "must not contain ':'")]
    [InlineData("_under", "must not start with '_', '-', or '+'")]
    [InlineData("-dash", "must not start with '_', '-', or '+'")]
    [InlineData("a*b", "must not contain the following characters [ , \", *, \\, <, |, ,, >, /, ?]")]
    public async Task Invalid_names_are_rejected_with_the_reason(string name, string why)
    {
        var response = await engine.Client.Put($"/{Uri.EscapeDataString(name)}", "{}");
        response.ExpectError(400, "invalid_index_name_exception", $"Invalid index name [{name}], {why}");
        Assert.Equal("_na_", response.String("error.index_uuid"));
    }

    [Fact]
    public async Task Mappings_nested_under_doc_are_refused()
    {
        var response = await engine.Client.Put($"/{engine.NewIndex("typed")}", """{"mappings":{"_doc":{"properties":{"a":{"type":"keyword"}}}}}""");
        response.ExpectError(400, "illegal_argument_exception", "The mapping definition cannot be nested under a type [_doc] unless include_type_name is set to true.");
    }

    [Fact]
    public async Task Unknown_field_types_fail_mapping_parsing()
    {
        var response = await engine.Client.Put($"/{engine.NewIndex("badtype")}", """{"mappings":{"properties":{"bar":{"type":"foo"}}}}""");
        Assert.Equal(400, response.Status);
        Assert.Equal("mapper_parsing_exception", response.String("error.type"));
        Assert.Equal("Failed to parse mapping [_doc]: No handler for type [foo] declared on field [bar]", response.String("error.reason"));
        Assert.Equal("No handler for type [foo] declared on field [bar]", response.String("error.caused_by.reason"));
        Assert.Equal("No handler for type [foo] declared on field [bar]", response.String("error.root_cause.0.reason"));
    }

    [Fact]
    public async Task Delete_acknowledges_then_the_index_is_gone()
    {
        var index = engine.NewIndex("gone");
        await engine.Client.CreateIndex(index);
        var deleted = (await engine.Client.Delete($"/{index}")).Expect(200);
        Assert.True(deleted["acknowledged"]!.GetValue<bool>());
        var missing = await engine.Client.Delete($"/{index}");
        missing.ExpectError(404, "index_not_found_exception", $"no such index [{index}]");
        Assert.Equal(index, missing.Json["error"]!["resource.id"]!.GetValue<string>());
        Assert.Equal("index_or_alias", missing.Json["error"]!["resource.type"]!.GetValue<string>());
        Assert.Equal("_na_", missing.String("error.index_uuid"));
    }

    [Fact]
    public async Task Missing_index_is_a_404_on_every_read_path()
    {
        var index = engine.NewIndex("never");
        foreach (var response in new[]
                 {
                     await engine.Client.Get($"/{index}/_doc/1"),
                     await engine.Client.Search(index, "{}"),
                     await engine.Client.Get($"/{index}/_count"),
                     await engine.Client.Get($"/{index}/_mapping"),
                     await engine.Client.Post($"/{index}/_update_by_query"),
                 })
        {
            response.ExpectError(404, "index_not_found_exception", $"no such index [{index}]");
        }
    }

    [Fact]
    public async Task Unknown_and_unsupported_settings_are_named()
    {
        var unknown = await engine.Client.Put($"/{engine.NewIndex("settings")}", """{"settings":{"index":{"foo":1}}}""");
        unknown.ExpectError(400, "illegal_argument_exception",
            "unknown setting [index.foo] please check that any required plugins are installed, or check the breaking changes documentation for removed settings");

        var unsupported = await engine.Client.Put($"/{engine.NewIndex("settings")}", """{"settings":{"analysis":{"analyzer":{"a":{"type":"custom","tokenizer":"standard"}}}}}""");
        Assert.Equal(400, unsupported.Status);
        Assert.Contains("is not supported by the pika-migrate sandbox engine", unsupported.String("error.reason"));
    }

    [Fact]
    public async Task Refresh_answers_shard_counts()
    {
        var index = engine.NewIndex("refresh");
        await engine.Client.CreateIndex(index);
        var refreshed = (await engine.Client.Post($"/{index}/_refresh")).Expect(200);
        Assert.Equal(2, refreshed.Long("_shards.total"));
        Assert.Equal(1, refreshed.Long("_shards.successful"));
        Assert.Equal(0, refreshed.Long("_shards.failed"));
    }
}
