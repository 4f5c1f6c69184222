using PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Conformance;

[Collection(EngineCollection.Name)]
public sealed class UpdateByQueryTests(EngineFixture engine)
{
    private const string CopyScript = "if (ctx._source.a != null) { ctx._source.b = ctx._source.a; } else { ctx.op = 'noop'; }";

    private async Task<string> Docs(int count)
    {
        var index = engine.NewIndex("ubq");
        await engine.Client.Index(index, [.. Enumerable.Range(0, count).Select(i => ($"{i}", (object)(i % 4 == 0 ? new { z = i } : new { a = $"v{i}" })))]);
        return index;
    }

    [Fact]
    public async Task Script_copies_and_noops_with_the_response_shape()
    {
        var index = await Docs(8);
        var response = (await engine.Client.Post($"/{index}/_update_by_query?conflicts=proceed&refresh=true",
            """{"query":{"bool":{"must_not":{"exists":{"field":"b"}}}},"script":{"lang":"painless","source":"COPY","params":{}}}""".Replace("COPY", CopyScript, StringComparison.Ordinal))).Expect(200);
        Assert.Equal(8, response.Long("total"));
        Assert.Equal(6, response.Long("updated"));
        Assert.Equal(2, response.Long("noops"));
        Assert.Equal(1, response.Long("batches"));
        Assert.Equal("-1.0", response.Raw("requests_per_second"));
        Assert.Null(response["created"]);
        Assert.Equal("[]", response.Raw("failures"));
        Assert.Equal(
            ["took", "timed_out", "total", "updated", "deleted", "batches", "version_conflicts", "noops", "retries", "throttled_millis", "requests_per_second", "throttled_until_millis", "failures"],
            response.Json.AsObject().Select(kv => kv.Key));
        var doc = await engine.Client.Get($"/{index}/_doc/1");
        Assert.Equal("v1", doc.String("_source.b"));
        Assert.Equal(2, doc.Long("_version"));

        var nothing = (await engine.Client.Post($"/{index}/_update_by_query", """{"query":{"term":{"nope":"x"}}}""")).Expect(200);
        Assert.Equal(0, nothing.Long("total"));
        Assert.Equal(0, nothing.Long("batches"));
    }

    [Fact]
    public async Task Without_a_script_every_hit_is_reindexed_and_delete_op_deletes()
    {
        var index = await Docs(4);
        (await engine.Client.Post($"/{index}/_update_by_query?max_docs=2&scroll_size=1&refresh=true")).Expect(200);
        Assert.Equal(2, (await engine.Client.Get($"/{index}/_doc/0")).Long("_version"));
        Assert.Equal(1, (await engine.Client.Get($"/{index}/_doc/3")).Long("_version"));
        var deleted = (await engine.Client.Post($"/{index}/_update_by_query", """{"query":{"exists":{"field":"z"}},"script":"ctx.op = 'delete'"}""")).Expect(200);
        Assert.Equal(1, deleted.Long("deleted"));
        Assert.Equal(404, (await engine.Client.Get($"/{index}/_doc/0")).Status);
    }

    [Fact]
    public async Task Sliced_runs_report_each_slice()
    {
        var index = await Docs(40);
        var response = (await engine.Client.Post($"/{index}/_update_by_query?slices=3&conflicts=proceed&refresh=true", $$$"""{"script":{"source":"{{{CopyScript}}}"}}""")).Expect(200);
        var slices = response.Path("slices")!.AsArray();
        Assert.Equal(3, slices.Count);
        Assert.Equal([0L, 1L, 2L], slices.Select(s => s!["slice_id"]!.GetValue<long>()));
        Assert.Equal(40, slices.Sum(s => s!["total"]!.GetValue<long>()));
        Assert.Equal(30, response.Long("updated"));
        Assert.Null(slices[0]!["created"]);

        var auto = (await engine.Client.Post($"/{index}/_update_by_query?slices=auto")).Expect(200);
        Assert.Null(auto["slices"]);
    }

    [Fact]
    public async Task Parameters_are_validated_with_OpenSearch_messages()
    {
        var index = await Docs(2);
        (await engine.Client.Post($"/{index}/_update_by_query?conflicts=cat")).ExpectError(400, "illegal_argument_exception", "conflicts may only be \"proceed\" or \"abort\" but was [cat]");
        (await engine.Client.Post($"/{index}/_update_by_query?slices=junk")).ExpectError(400, "illegal_argument_exception", "[slices] must be a positive integer or the string \"auto\", but was [junk]");
        (await engine.Client.Post($"/{index}/_update_by_query?scroll_size=asdf")).ExpectError(400, "illegal_argument_exception", "Failed to parse int parameter [scroll_size] with value [asdf]");
        (await engine.Client.Post($"/{index}/_update_by_query?requests_per_second=0")).ExpectError(400, "illegal_argument_exception", "[requests_per_second] must be a float greater than 0. Use -1 to disable throttling.");
        (await engine.Client.Post($"/{index}/_update_by_query?max_docs=-4")).ExpectError(400, "illegal_argument_exception", "[max_docs] parameter cannot be negative, found [-4]");
        (await engine.Client.Post($"/{index}/_update_by_query?max_docs=4", """{"max_docs":5}""")).ExpectError(400, "illegal_argument_exception", "[max_docs] set to two different values [5] and [4]");
        (await engine.Client.Post($"/{index}/_update_by_query", """{"conflicts":"proceed","max_docs":1}""")).Expect(200);
    }

    [Fact]
    public async Task Script_and_context_errors_are_400s()
    {
        var index = await Docs(2);
        var compile = await engine.Client.Post($"/{index}/_update_by_query", """{"script":{"source":"ctx._source.a = "}}""");
        compile.ExpectError(400, "script_exception", "compile error");
        Assert.Equal("painless", compile.String("error.lang"));
        Assert.NotNull(compile.Path("error.position.offset"));
        Assert.NotNull(compile.Path("error.script_stack.0"));

        var runtime = await engine.Client.Post($"/{index}/_update_by_query", """{"query":{"exists":{"field":"a"}},"script":{"source":"ctx._source.a.b.c = 1"}}""");
        runtime.ExpectError(400, "script_exception", "runtime error");
        Assert.NotNull(runtime.Path("error.caused_by.type"));

        (await engine.Client.Post($"/{index}/_update_by_query", """{"script":{"source":"ctx.op = 'junk'"}}"""))
            .ExpectError(400, "illegal_argument_exception", "Operation type [junk] not allowed, only [noop, index, delete] are allowed");
        (await engine.Client.Post($"/{index}/_update_by_query", """{"script":{"source":"ctx.junk = 1"}}"""))
            .ExpectError(400, "illegal_argument_exception", "Invalid fields added to context [junk]");
        (await engine.Client.Post($"/{index}/_update_by_query", """{"script":{"source":"ctx._id = 'x'"}}"""))
            .ExpectError(400, "illegal_argument_exception", "Modifying [_id] not allowed");
    }
}
