using PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Conformance;

[Collection(EngineCollection.Name)]
public sealed class UpdateTests(EngineFixture engine)
{
    [Fact]
    public async Task Doc_deep_merges_and_an_unchanged_update_is_a_noop()
    {
        var index = engine.NewIndex("upd");
        (await engine.Client.Put($"/{index}/_doc/1", """{"a":{"x":1,"y":2},"list":[1,2],"s":"v"}""")).Expect(201);
        var updated = (await engine.Client.Post($"/{index}/_update/1", """{"doc":{"a":{"y":3,"z":4},"list":[9]}}""")).Expect(200);
        Assert.Equal("updated", updated.String("result"));
        Assert.Equal(2, updated.Long("_version"));
        Assert.Equal("""{"a":{"x":1,"y":3,"z":4},"list":[9],"s":"v"}""", (await engine.Client.Get($"/{index}/_doc/1")).Raw("_source"));

        var noop = (await engine.Client.Post($"/{index}/_update/1", """{"doc":{"s":"v"}}""")).Expect(200);
        Assert.Equal("noop", noop.String("result"));
        Assert.Equal(2, noop.Long("_version"));
        Assert.Equal(1, noop.Long("_seq_no"));
        Assert.Equal("""{"total":0,"successful":0,"failed":0}""", noop.Raw("_shards"));

        var forced = (await engine.Client.Post($"/{index}/_update/1", """{"doc":{"s":"v"},"detect_noop":false}""")).Expect(200);
        Assert.Equal("updated", forced.String("result"));
        Assert.Equal(3, forced.Long("_version"));
    }

    [Fact]
    public async Task Missing_documents_and_misspelled_keys()
    {
        var index = engine.NewIndex("updmiss");
        await engine.Client.CreateIndex(index);
        var missing = await engine.Client.Post($"/{index}/_update/1", """{"doc":{"a":1}}""");
        missing.ExpectError(404, "document_missing_exception", "[1]: document missing");
        Assert.Equal("0", missing.String("error.shard"));
        Assert.Equal(404, (await engine.Client.Get($"/{index}/_doc/1")).Status);

        (await engine.Client.Post($"/{index}/_update/1", """{"dac":{"a":1}}"""))
            .ExpectError(400, "x_content_parse_exception", "[UpdateRequest] unknown field [dac] did you mean [doc]?");

        var upserted = (await engine.Client.Post($"/{index}/_update/2", """{"doc":{"a":1},"doc_as_upsert":true}""")).Expect(201);
        Assert.Equal("created", upserted.String("result"));
    }

    [Fact]
    public async Task Scripts_update_and_can_return_the_source()
    {
        var index = engine.NewIndex("updscript");
        (await engine.Client.Put($"/{index}/_doc/1", """{"n":1}""")).Expect(201);
        var updated = (await engine.Client.Post($"/{index}/_update/1?_source=true", """{"script":{"source":"ctx._source.n += params.by","params":{"by":2}}}""")).Expect(200);
        Assert.Equal(3, updated.Long("get._source.n"));
        var noop = (await engine.Client.Post($"/{index}/_update/1", """{"script":"ctx.op = 'none'"}""")).Expect(200);
        Assert.Equal("noop", noop.String("result"));
    }
}
