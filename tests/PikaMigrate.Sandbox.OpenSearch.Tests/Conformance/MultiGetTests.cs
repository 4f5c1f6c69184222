using PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Conformance;

[Collection(EngineCollection.Name)]
public sealed class MultiGetTests(EngineFixture engine)
{
    [Fact]
    public async Task Ids_and_docs_forms_answer_in_request_order()
    {
        var index = engine.NewIndex("mget");
        await engine.Client.Index(index, ("1", new { a = 1, b = 2 }), ("2", new { a = 3, b = 4 }));
        var byIds = (await engine.Client.Post($"/{index}/_mget?_source_includes=a", """{"ids":["2","nope","1"]}""")).Expect(200);
        Assert.Equal("2", byIds.String("docs.0._id"));
        Assert.Equal("""{"a":3}""", byIds.Raw("docs.0._source"));
        Assert.False(byIds.Path("docs.1.found")!.GetValue<bool>());
        Assert.True(byIds.Path("docs.2.found")!.GetValue<bool>());

        var missingIndex = engine.NewIndex("mgetmissing");
        var byDocs = (await engine.Client.Post("/_mget", $$$"""
            {"docs":[{"_index":"{{{index}}}","_id":"1","_source":false},{"_index":"{{{missingIndex}}}","_id":"1"}]}
            """)).Expect(200);
        Assert.Null(byDocs.Path("docs.0._source"));
        Assert.Equal(1, byDocs.Long("docs.0._version"));
        Assert.Equal("index_not_found_exception", byDocs.String("docs.1.error.type"));
        Assert.Equal("index_not_found_exception", byDocs.String("docs.1.error.root_cause.0.type"));
    }

    [Fact]
    public async Task Docs_without_an_index_fail_validation()
    {
        (await engine.Client.Post("/_mget", """{"ids":["1"]}"""))
            .ExpectError(400, "action_request_validation_exception", "Validation Failed: 1: index is missing for doc 0;");
    }
}
