using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using PikaMigrate.Core;
using PikaMigrate.OpenSearch.Http;
using PikaMigrate.Testing.OpenSearch;

namespace PikaMigrate.OpenSearch.Tests.Client;

/// <summary>OpenSearch's error answers (bodies from the fact sheet) as the exceptions and messages an operator reads.</summary>
public sealed class ErrorEnvelopeTests
{
    private const string IndexNotFound = """
        {"error":{"root_cause":[{"type":"index_not_found_exception","reason":"no such index [missing]","index":"missing","resource.id":"missing","resource.type":"index_or_alias","index_uuid":"_na_"}],
         "type":"index_not_found_exception","reason":"no such index [missing]","index":"missing","resource.id":"missing","resource.type":"index_or_alias","index_uuid":"_na_"},"status":404}
        """;

    private const string MappingConflict = """
        {"error":{"root_cause":[{"type":"illegal_argument_exception","reason":"mapper [status] cannot be changed from type [text] to [keyword]"}],
         "type":"illegal_argument_exception","reason":"mapper [status] cannot be changed from type [text] to [keyword]"},"status":400}
        """;

    private const string Fielddata = """
        {"error":{"root_cause":[{"type":"illegal_argument_exception","reason":"Text fields are not optimised for operations that require per-document field data like aggregations and sorting, so these operations are disabled by default. Please use a keyword field instead. Alternatively, set fielddata=true on [name] in order to load field data by uninverting the inverted index. Note that this can use significant memory."}],
         "type":"search_phase_execution_exception","reason":"all shards failed","phase":"query","grouped":true,
         "failed_shards":[{"shard":0,"index":"events","node":"p_F7jBWOQHKoSIT3TrF0ig","reason":{"type":"illegal_argument_exception","reason":"Text fields ..."}}],
         "caused_by":{"type":"illegal_argument_exception","reason":"Text fields ..."}},"status":400}
        """;

    [Fact]
    public async Task A_missing_index_reads_as_such()
    {
        await using var server = await ScriptedServer.StartAsync(Answer(404, IndexNotFound));
        using var client = OpenSearchClientFactory.Create(TestSettings.For(server.Endpoint.ToString()), TestSettings.FastRetries);

        var error = await Assert.ThrowsAsync<OpenSearchException>(() => client.GetMappingAsync("missing", default));

        Assert.Equal(HttpStatusCode.NotFound, error.Status);
        Assert.Equal("index_not_found_exception", error.Type);
        Assert.Equal("no such index [missing]", error.Reason);
        Assert.Equal("OpenSearch refused GET /missing/_mapping (HTTP 404 index_not_found_exception): no such index [missing]", error.Message);
    }

    [Fact]
    public async Task A_mapping_conflict_names_the_field_and_both_types()
    {
        await using var server = await ScriptedServer.StartAsync(Answer(400, MappingConflict));
        using var client = OpenSearchClientFactory.Create(TestSettings.For(server.Endpoint.ToString()), TestSettings.FastRetries);

        var error = await Assert.ThrowsAsync<OpenSearchException>(() => client.PutMappingAsync("session", new JsonObject { ["status"] = new JsonObject { ["type"] = "keyword" } }, default));

        Assert.Equal("OpenSearch refused PUT /session/_mapping (HTTP 400 illegal_argument_exception): mapper [status] cannot be changed from type [text] to [keyword]", error.Message);
    }

    [Fact]
    public async Task A_wrapped_search_failure_shows_its_root_cause()
    {
        await using var server = await ScriptedServer.StartAsync(Answer(400, Fielddata));
        using var client = OpenSearchClientFactory.Create(TestSettings.For(server.Endpoint.ToString()), TestSettings.FastRetries);

        var error = await Assert.ThrowsAsync<OpenSearchException>(() => client.SearchAsync("session", new Model.SearchRequest(new JsonObject { ["match_all"] = new JsonObject() }, 0), default));

        Assert.Equal("search_phase_execution_exception", error.Type);
        Assert.True(error.Is("illegal_argument_exception"));
        Assert.StartsWith("OpenSearch refused POST /session/_search (HTTP 400 search_phase_execution_exception): all shards failed (caused by illegal_argument_exception: Text fields are not optimised", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_IAM_refusal_becomes_a_preflight_error_naming_the_permissions()
    {
        await using var server = await ScriptedServer.StartAsync(Answer(403, """{"Message":"User: arn:aws:iam::123456789012:user/ops is not authorized to perform: es:ESHttpGet"}"""));
        using var client = OpenSearchClientFactory.Create(TestSettings.For(server.Endpoint.ToString()), TestSettings.FastRetries);

        var refused = await Assert.ThrowsAsync<PreflightException>(() => OpenSearchPreflight.GuardAsync(client, () => client.GetMappingAsync("session", default)));

        Assert.Contains("is not authorized to perform: es:ESHttpGet", refused.Problem, StringComparison.Ordinal);
        Assert.StartsWith("Allow these credentials on the domain: es:ESHttpHead", refused.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_quoted()
    {
        await using var server = await ScriptedServer.StartAsync(Answer(400, "<html>Bad Request</html>"));
        using var client = OpenSearchClientFactory.Create(TestSettings.For(server.Endpoint.ToString()), TestSettings.FastRetries);

        var error = await Assert.ThrowsAsync<OpenSearchException>(() => client.GetMappingAsync("session", default));

        Assert.Null(error.Type);
        Assert.EndsWith("(HTTP 400): <html>Bad Request</html>", error.Message, StringComparison.Ordinal);
    }

    private static Func<HttpContext, ReceivedRequest, Task> Answer(int status, string body) => async (context, _) =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body);
    };
}
