namespace PikaMigrate.Sandbox.OpenSearch.Tests.Yaml;

/// <summary>OpenSearch's rest-api-spec <c>indices.create/10_basic.yml</c>, transcribed.</summary>
public sealed class IndicesCreateTests
{
    private const string File = "indices.create/10_basic.yml: ";

    [Fact(DisplayName = File + "Create index with mappings")]
    public async Task Create_index_with_mappings()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_index", """{"mappings":{}}""")).Expect(200);
        (await os.Get("/test_index/_mapping")).IsTrue("test_index.mappings");
    }

    [Fact(DisplayName = File + "Create index with settings")]
    public async Task Create_index_with_settings()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_index", """{"settings":{"number_of_replicas":"0"}}""")).Expect(200);
        (await os.Get("/test_index/_settings")).Match("test_index.settings.index.number_of_replicas", "0");
    }

    [Fact(DisplayName = File + "Create index")]
    public async Task Create_index()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_index")).Match("acknowledged", true).Match("index", "test_index");
    }

    [Fact(DisplayName = File + "Create index with wait_for_active_shards set to all")]
    public async Task Create_index_with_wait_for_active_shards_set_to_all()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_index?wait_for_active_shards=all", """{"settings":{"number_of_replicas":"0"}}"""))
            .Match("acknowledged", true).Match("shards_acknowledged", true);
    }

    [Fact(DisplayName = File + "Create index with aliases")]
    public async Task Create_index_with_aliases()
    {
        // Alias routing and filters (and the get-alias API) are not supported: a plain alias is.
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_index", """{"mappings":{"properties":{"field":{"type":"text"}}},"aliases":{"test_alias":{},"test_blias":{"routing":"b"}}}"""))
            .Unsupported("alias options [routing]");
        (await os.Put("/test_index", """{"aliases":{"test_clias":{"filter":{"term":{"field":"value"}}}}}""")).Unsupported("alias options [filter]");
        (await os.Put("/test_index", """{"mappings":{"properties":{"field":{"type":"text"}}},"aliases":{"test_alias":{}}}""")).Expect(200);
        (await os.Head("/test_alias")).Expect(200);
    }

    [Fact(DisplayName = File + "Create index with write aliases")]
    public async Task Create_index_with_write_aliases()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_index", """{"aliases":{"test_alias":{},"test_blias":{"is_write_index":false},"test_clias":{"is_write_index":true}}}"""))
            .Unsupported("alias options [is_write_index]");
    }

    [Fact(DisplayName = File + "Create index with invalid mappings")]
    public async Task Create_index_with_invalid_mappings()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_index", """{"mappings":{"properties":{"":{"type":"keyword"}}}}""")).Catch("/illegal_argument_exception/");
    }

    [Fact(DisplayName = File + "Create index with explicit _doc type")]
    public async Task Create_index_with_explicit_doc_type()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_index", """{"mappings":{"_doc":{"properties":{"field":{"type":"keyword"}}}}}"""))
            .Catch("bad_request")
            .Match("error.type", "illegal_argument_exception")
            .Match("error.reason", "The mapping definition cannot be nested under a type [_doc] unless include_type_name is set to true.");
    }

    [Fact(DisplayName = File + "Create index without soft deletes")]
    public async Task Create_index_without_soft_deletes()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Put("/test_index", """{"settings":{"soft_deletes.enabled":false}}""")).Unsupported("the index setting [index.soft_deletes.enabled]");
    }
}
