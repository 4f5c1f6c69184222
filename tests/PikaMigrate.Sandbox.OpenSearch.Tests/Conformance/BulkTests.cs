using PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

namespace PikaMigrate.Sandbox.OpenSearch.Tests.Conformance;

[Collection(EngineCollection.Name)]
public sealed class BulkTests(EngineFixture engine)
{
    [Fact]
    public async Task Items_answer_in_order_with_per_item_status()
    {
        var index = engine.NewIndex("bulk");
        var response = (await engine.Client.Bulk("/_bulk",
            $$$"""{"index":{"_index":"{{{index}}}","_id":"1"}}""", """{"user":"a"}""",
            $$$"""{"create":{"_index":"{{{index}}}","_id":"2"}}""", """{"user":"b"}""",
            $$$"""{"update":{"_index":"{{{index}}}","_id":"1"}}""", """{"doc":{"user":"c"}}""",
            $$$"""{"delete":{"_index":"{{{index}}}","_id":"3"}}""")).Expect(200);
        Assert.False(response["errors"]!.GetValue<bool>());
        Assert.Equal(201, response.Long("items.0.index.status"));
        Assert.Equal("created", response.String("items.1.create.result"));
        Assert.Equal("updated", response.String("items.2.update.result"));
        Assert.Equal(2, response.Long("items.2.update._version"));
        Assert.Equal("not_found", response.String("items.3.delete.result"));
        Assert.Equal(404, response.Long("items.3.delete.status"));
        Assert.Equal(3, response.Long("items.3.delete._seq_no"));
    }

    [Fact]
    public async Task Failed_items_carry_the_error_and_set_errors()
    {
        var index = engine.NewIndex("bulkfail");
        await engine.Client.Index(index, ("1", new { n = 1 }));
        var response = (await engine.Client.Bulk($"/{index}/_bulk",
            """{"update":{"_id":"missing"}}""", """{"doc":{"n":2}}""",
            """{"update":{"_id":"1"}}""", """{"doc":{"n":1}}""",
            """{"create":{"_id":"1"}}""", """{"n":3}""")).Expect(200);
        Assert.True(response["errors"]!.GetValue<bool>());
        Assert.Equal(404, response.Long("items.0.update.status"));
        Assert.Equal("document_missing_exception", response.String("items.0.update.error.type"));
        Assert.Equal("[missing]: document missing", response.String("items.0.update.error.reason"));
        Assert.Equal("noop", response.String("items.1.update.result"));
        Assert.Equal(409, response.Long("items.2.create.status"));
        Assert.Equal(404, (await engine.Client.Get($"/{index}/_doc/missing")).Status);
    }

    [Fact]
    public async Task The_body_must_end_with_a_newline()
    {
        var response = await engine.Client.SendRaw(HttpMethod.Post, "/_bulk", """{"index":{"_index":"x","_id":"1"}}""" + "\n{}", "application/x-ndjson");
        response.ExpectError(400, "illegal_argument_exception", "The bulk request must be terminated by a newline [\\n]");
    }
}
