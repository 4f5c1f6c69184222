using PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Conformance;

[Collection(EngineCollection.Name)]
public sealed class QueryTests(EngineFixture engine)
{
    private async Task<string> Roles()
    {
        var index = engine.NewIndex("roles");
        await engine.Client.CreateIndex(index, """{"properties":{"tag":{"type":"keyword","ignore_above":5},"n":{"type":"long"},"when":{"type":"date"}}}""");
        await engine.Client.Index(index,
            ("1", new { role = "internal-user", tag = "abc", n = 1, when = "2024-01-31T12:00:00Z" }),
            ("2", new { role = "external-user", tag = "toolongvalue", n = 5, when = "2024-02-01T00:00:00Z" }),
            ("3", new { role = "Wi-Fi user@example.com", n = 10 }));
        return index;
    }

    private async Task<string[]> Ids(string index, string body)
    {
        var response = (await engine.Client.Search(index, body)).Expect(200);
        return [.. response.Path("hits.hits")!.AsArray().Select(h => h!["_id"]!.GetValue<string>()).Order()];
    }

    [Fact]
    public async Task Term_on_text_sees_analyzed_tokens_and_keyword_is_exact()
    {
        var index = await Roles();
        Assert.Empty(await Ids(index, """{"query":{"term":{"role":"internal-user"}}}"""));
        Assert.Equal(["1"], await Ids(index, """{"query":{"term":{"role":"internal"}}}"""));
        Assert.Equal(["1", "2", "3"], await Ids(index, """{"query":{"term":{"role":"user"}}}"""));
        Assert.Equal(["1"], await Ids(index, """{"query":{"term":{"role.keyword":"internal-user"}}}"""));
        Assert.Empty(await Ids(index, """{"query":{"term":{"role.keyword":"Internal-User"}}}"""));
        Assert.Equal(["3"], await Ids(index, """{"query":{"terms":{"role":["wi","example.com"]}}}"""));
        Assert.Empty(await Ids(index, """{"query":{"term":{"unmapped_field":"x"}}}"""));
        Assert.Equal(["2"], await Ids(index, """{"query":{"term":{"n":"5"}}}"""));
    }

    [Fact]
    public async Task Match_analyzes_and_ors_tokens_unless_and()
    {
        var index = await Roles();
        Assert.Equal(["1", "2", "3"], await Ids(index, """{"query":{"match":{"role":"INTERNAL user"}}}"""));
        Assert.Equal(["1"], await Ids(index, """{"query":{"match":{"role":{"query":"internal user","operator":"and"}}}}"""));
        Assert.Equal(["1"], await Ids(index, """{"query":{"match":{"role.keyword":"internal-user"}}}"""));
    }

    [Fact]
    public async Task Bool_should_is_required_only_without_must_or_filter()
    {
        var index = await Roles();
        Assert.Equal(["1", "3"], await Ids(index, """{"query":{"bool":{"should":[{"term":{"n":1}},{"term":{"n":10}}]}}}"""));
        Assert.Equal(["1", "2", "3"], await Ids(index, """{"query":{"bool":{"filter":[{"range":{"n":{"gte":0}}}],"should":[{"term":{"n":1}}]}}}"""));
        Assert.Equal(["1"], await Ids(index, """{"query":{"bool":{"filter":[{"range":{"n":{"gte":0}}}],"should":[{"term":{"n":1}}],"minimum_should_match":1}}}"""));
        Assert.Equal(["2", "3"], await Ids(index, """{"query":{"bool":{"must_not":[{"term":{"n":1}}]}}}"""));
        Assert.Equal(["1", "2", "3"], await Ids(index, """{"query":{"bool":{}}}"""));
    }

    [Fact]
    public async Task Exists_counts_indexed_values_only()
    {
        var index = await Roles();
        Assert.Equal(["1", "2"], await Ids(index, """{"query":{"exists":{"field":"when"}}}"""));
        Assert.Equal(["1"], await Ids(index, """{"query":{"exists":{"field":"tag"}}}"""));
        Assert.Equal(["1", "2", "3"], await Ids(index, """{"query":{"exists":{"field":"role.keyword"}}}"""));
        Assert.Empty(await Ids(index, """{"query":{"exists":{"field":"nothing"}}}"""));
    }

    [Fact]
    public async Task Date_math_adds_calendar_months()
    {
        var index = await Roles();
        Assert.Equal(["1"], await Ids(index, """{"query":{"range":{"when":{"gte":"2024-01-31||/M","lt":"2024-01-31||+1M/M"}}}}"""));
    }

    [Fact]
    public async Task Range_rounds_dates_up_for_lte_and_gt()
    {
        var index = await Roles();
        Assert.Equal(["1"], await Ids(index, """{"query":{"range":{"when":{"lte":"2024-01-31"}}}}"""));
        Assert.Empty(await Ids(index, """{"query":{"range":{"when":{"lt":"2024-01-31"}}}}"""));
        Assert.Equal(["2"], await Ids(index, """{"query":{"range":{"when":{"gt":"2024-01-31"}}}}"""));
        Assert.Equal(["1", "2"], await Ids(index, """{"query":{"range":{"when":{"gte":"2024-01-31"}}}}"""));
        Assert.Equal(["1"], await Ids(index, """{"query":{"range":{"when":{"gte":"2024-01-31","lte":"2024-01-31"}}}}"""));
        Assert.Equal(["1"], await Ids(index, """{"query":{"range":{"when":{"gte":"31/01/2024","lte":"31/01/2024","format":"dd/MM/yyyy"}}}}"""));

        // A missing month or day rounds up to the first one, at its last millisecond (JavaDateFormatter's round-up parser).
        Assert.Empty(await Ids(index, """{"query":{"range":{"when":{"gt":"2024-01","lte":"2024-01"}}}}"""));
        Assert.Equal(["1", "2"], await Ids(index, """{"query":{"range":{"when":{"gt":"2024-01"}}}}"""));
        Assert.Equal(["1", "2"], await Ids(index, """{"query":{"range":{"when":{"gte":"2024-01-31||/M","lt":"2024-01-31||+2M/M"}}}}"""));
        Assert.Equal(["1", "2"], await Ids(index, """{"query":{"range":{"when":{"lte":"now"}}}}"""));
        Assert.Equal(["2", "3"], await Ids(index, """{"query":{"range":{"n":{"gt":1}}}}"""));
    }

    [Fact]
    public async Task Ids_and_unknown_or_unsupported_queries()
    {
        var index = await Roles();
        Assert.Equal(["1", "3"], await Ids(index, """{"query":{"ids":{"values":["3","1","9"]}}}"""));
        (await engine.Client.Search(index, """{"query":{"frobnicate":{}}}""")).ExpectError(400, "parsing_exception", "unknown query [frobnicate]");
        var unsupported = await engine.Client.Search(index, """{"query":{"query_string":{"query":"x"}}}""");
        Assert.Equal(400, unsupported.Status);
        Assert.Equal("the [query_string] query is not supported by the pika-migrate sandbox engine", unsupported.String("error.reason"));
    }
}
