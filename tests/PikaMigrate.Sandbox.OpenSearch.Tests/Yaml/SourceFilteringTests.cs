namespace PikaMigrate.Sandbox.OpenSearch.Tests.Yaml;

/// <summary>OpenSearch's rest-api-spec <c>search/10_source_filtering.yml</c>, transcribed.</summary>
public sealed class SourceFilteringTests
{
    private const string File = "search/10_source_filtering.yml: ";

    [Theory(DisplayName = File + "_source: true / no filtering")]
    [InlineData("""{"_source":true,"query":{"match_all":{}}}""")]
    [InlineData("""{"query":{"match_all":{}}}""")]
    public async Task Whole_source(string body)
    {
        await using var os = await Setup();
        (await os.Post("/_search", body)).Length("hits.hits", 1).Match("hits.hits.0._source.count", 1);
    }

    [Fact(DisplayName = File + "_source: false")]
    public async Task Source_false()
    {
        await using var os = await Setup();
        (await os.Post("/_search", """{"_source":false,"query":{"match_all":{}}}""")).Length("hits.hits", 1).IsFalse("hits.hits.0._source");
    }

    [Theory(DisplayName = File + "_source in body / _source_includes and _source in body / _source_includes")]
    [InlineData("", """{"_source":"include.field1","query":{"match_all":{}}}""")]
    [InlineData("?_source_includes=include.field1", """{"_source":"include.field2","query":{"match_all":{}}}""")]
    [InlineData("?_source_includes=include.field1", """{"query":{"match_all":{}}}""")]
    public async Task Field1_only(string parameters, string body)
    {
        await using var os = await Setup();
        (await os.Post("/_search" + parameters, body)).Match("hits.hits.0._source.include.field1", "v1").IsFalse("hits.hits.0._source.include.field2");
    }

    [Fact(DisplayName = File + "_source_excludes")]
    public async Task Source_excludes()
    {
        await using var os = await Setup();
        (await os.Post("/_search?_source_excludes=count", """{"query":{"match_all":{}}}"""))
            .MatchJson("hits.hits.0._source.include", """{"field1":"v1","field2":"v2"}""").IsFalse("hits.hits.0._source.count");
    }

    [Theory(DisplayName = File + "_source field1 field2 / _source.include field1 field2")]
    [InlineData("""{"_source":["include.field1","include.field2"],"query":{"match_all":{}}}""")]
    [InlineData("""{"_source":{"includes":["include.field1","include.field2"]},"query":{"match_all":{}}}""")]
    public async Task Field1_and_field2(string body)
    {
        await using var os = await Setup();
        (await os.Post("/_search", body)).Match("hits.hits.0._source.include.field1", "v1").Match("hits.hits.0._source.include.field2", "v2").IsFalse("hits.hits.0._source.count");
    }

    [Fact(DisplayName = File + "_source includes and excludes")]
    public async Task Includes_and_excludes()
    {
        await using var os = await Setup();
        (await os.Post("/_search", """{"_source":{"includes":"include","excludes":"*.field2"},"query":{"match_all":{}}}"""))
            .Match("hits.hits.0._source.include.field1", "v1").IsFalse("hits.hits.0._source.include.field2");
    }

    [Theory(DisplayName = File + "_source include on bigint / _source filtering on bigint")]
    [InlineData("""{"_source":{"includes":"bigint"},"query":{"match_all":{}}}""")]
    [InlineData("""{"_source":["bigint"],"query":{"match_all":{}}}""")]
    public async Task Bigint(string body)
    {
        await using var os = await Setup();
        var response = (await os.Post("/_search", body)).Match("hits.hits.0._source.bigint", 72057594037927936L).IsFalse("hits.hits.0._source.include.field2");
        Assert.Contains("\"bigint\":72057594037927936", response.Text, StringComparison.Ordinal);
    }

    [Fact(DisplayName = File + "fields in body")]
    public async Task Fields_in_body()
    {
        await using var os = await Setup();
        (await os.Post("/_search", """{"stored_fields":["include.field2"],"query":{"match_all":{}}}""")).IsFalse("hits.hits.0._source");
    }

    [Fact(DisplayName = File + "fields in body with source")]
    public async Task Fields_in_body_with_source()
    {
        await using var os = await Setup();
        (await os.Post("/_search", """{"stored_fields":["include.field2","_source"],"query":{"match_all":{}}}"""))
            .Match("hits.hits.0._source.include.field2", "v2").IsTrue("hits.hits.0._source");
    }

    [Theory(DisplayName = File + "docvalue_fields / multiple / as url param / with default format / with explicit format / - double")]
    [InlineData("", """{"docvalue_fields":["count"]}""")]
    [InlineData("", """{"docvalue_fields":["count","include.field1.keyword"]}""")]
    [InlineData("?docvalue_fields=count", null)]
    [InlineData("", """{"docvalue_fields":[{"field":"count","format":"use_field_mapping"}]}""")]
    [InlineData("", """{"docvalue_fields":[{"field":"count","format":"#.0"}]}""")]
    [InlineData("", """{"docvalue_fields":["d"]}""")]
    public async Task Docvalue_fields(string parameters, string? body)
    {
        await using var os = await Setup();
        var response = await os.Post("/_search" + parameters, body);
        if (parameters.Length > 0)
        {
            response.Unsupported("docvalue_fields");
        }
        else
        {
            response.Unsupported("[docvalue_fields] in search requests");
        }
    }

    private static async Task<YamlCluster> Setup()
    {
        var os = await YamlCluster.StartAsync();
        (await os.Put("/test", """{"mappings":{"properties":{"bigint":{"type":"keyword"}}}}""")).Expect(200);
        (await os.Put("/test_1/_doc/1", """{"include":{"field1":"v1","field2":"v2"},"count":1,"bigint":72057594037927936,"d":3.14}""")).Expect(201);
        await os.RefreshAll();
        return os;
    }
}
