using PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Conformance;

[Collection(EngineCollection.Name)]
public sealed class DocumentTests(EngineFixture engine)
{
    [Fact]
    public async Task Create_then_overwrite_bumps_version_and_sequence_number()
    {
        var index = engine.NewIndex("docs");
        var created = (await engine.Client.Put($"/{index}/_doc/1", """{"user":"a"}""")).Expect(201);
        Assert.Equal(
            $$$"""{"_index":"{{{index}}}","_id":"1","_version":1,"result":"created","_shards":{"total":2,"successful":1,"failed":0},"_seq_no":0,"_primary_term":1}""",
            created.Text);
        var updated = (await engine.Client.Put($"/{index}/_doc/1?refresh=true", """{"user":"b"}""")).Expect(200);
        Assert.Equal("updated", updated.String("result"));
        Assert.Equal(2, updated.Long("_version"));
        Assert.Equal(1, updated.Long("_seq_no"));
        Assert.True(updated["forced_refresh"]!.GetValue<bool>());
        var waitFor = (await engine.Client.Put($"/{index}/_doc/1?refresh=wait_for", """{"user":"c"}""")).Expect(200);
        Assert.Null(waitFor["forced_refresh"]);
    }

    [Fact]
    public async Task Get_is_real_time_and_filters_source()
    {
        var index = engine.NewIndex("get");
        (await engine.Client.Put($"/{index}/_doc/1", """{"user":"a","obj":{"x":1,"y":2},"other":true}""")).Expect(201);
        var found = (await engine.Client.Get($"/{index}/_doc/1")).Expect(200);
        Assert.Equal(
            $$$"""{"_index":"{{{index}}}","_id":"1","_version":1,"_seq_no":0,"_primary_term":1,"found":true,"_source":{"user":"a","obj":{"x":1,"y":2},"other":true}}""",
            found.Text);
        Assert.Equal("""{"user":"a","obj":{"x":1}}""", (await engine.Client.Get($"/{index}/_doc/1?_source_includes=user,obj.x")).Raw("_source"));
        Assert.Equal("""{"user":"a","other":true}""", (await engine.Client.Get($"/{index}/_doc/1?_source_excludes=obj")).Raw("_source"));
        Assert.Null((await engine.Client.Get($"/{index}/_doc/1?_source=false"))["_source"]);
        var missing = (await engine.Client.Get($"/{index}/_doc/9")).Expect(404);
        Assert.Equal($$$"""{"_index":"{{{index}}}","_id":"9","found":false}""", missing.Text);
    }

    [Fact]
    public async Task Create_on_an_existing_id_and_stale_seq_no_are_version_conflicts()
    {
        var index = engine.NewIndex("conflict");
        (await engine.Client.Put($"/{index}/_doc/1", """{"a":1}""")).Expect(201);
        var exists = await engine.Client.Put($"/{index}/_create/1", """{"a":2}""");
        exists.ExpectError(409, "version_conflict_engine_exception", "[1]: version conflict, document already exists (current version [1])");
        Assert.Equal("0", exists.String("error.shard"));
        Assert.Equal(index, exists.String("error.index"));
        (await engine.Client.Put($"/{index}/_doc/1?op_type=create", """{"a":2}""")).Expect(409);

        var stale = await engine.Client.Put($"/{index}/_doc/1?if_seq_no=5&if_primary_term=1", """{"a":3}""");
        stale.ExpectError(409, "version_conflict_engine_exception",
            "[1]: version conflict, required seqNo [5], primary term [1]. current document has seqNo [0] and primary term [1]");
        (await engine.Client.Put($"/{index}/_doc/1?if_seq_no=0&if_primary_term=1", """{"a":3}""")).Expect(200);
    }

    [Fact]
    public async Task Auto_ids_and_deletes()
    {
        var index = engine.NewIndex("auto");
        var created = (await engine.Client.Post($"/{index}/_doc", """{"a":1}""")).Expect(201);
        var id = created.String("_id")!;
        Assert.Equal(20, id.Length);
        var deleted = (await engine.Client.Delete($"/{index}/_doc/{id}")).Expect(200);
        Assert.Equal("deleted", deleted.String("result"));
        Assert.Equal(2, deleted.Long("_version"));
        var again = (await engine.Client.Delete($"/{index}/_doc/{id}")).Expect(404);
        Assert.Equal("not_found", again.String("result"));
    }
}
