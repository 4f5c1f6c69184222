using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using PikaMigrate.Core;
using PikaMigrate.OpenSearch.Http;
using PikaMigrate.OpenSearch.Model;
using PikaMigrate.OpenSearch.Tests.Servers;
using PikaMigrate.Testing.OpenSearch;

namespace PikaMigrate.OpenSearch.Tests.Client;

/// <summary>
/// The client's requests as they arrive over HTTPS at a server that checks SigV4 the way AWS does: every call we
/// make (paths with ':' and escaped ids, query strings, JSON and NDJSON bodies, session tokens) must verify.
/// </summary>
public sealed class SignedRequestTests
{
    private const string Token = "FwoGZXIvYXdzEBYaDK+session/token==";

    [Fact]
    public async Task Every_call_verifies_with_a_session_token()
    {
        using var certificate = SelfSignedCertificate.Create();
        await using var server = await ScriptedServer.StartAsync((context, request) => AnswerIfSigned(context, request, "es"), certificate);
        using var client = OpenSearchClientFactory.Create(TestSettings.For(server.Endpoint.ToString(), Token), TestSettings.FastRetries, SelfSignedCertificate.TrustingHandler(certificate));

        Assert.True(await client.IndexExistsAsync("session", default));
        await client.PutMappingAsync("session", new JsonObject { ["user_type_keyword"] = new JsonObject { ["type"] = "keyword" } }, default);
        var start = await client.StartUpdateByQueryAsync("session", new UpdateByQueryRequest(new JsonObject { ["match_all"] = new JsonObject() }, "ctx.op = 'noop'"), default);
        Assert.Equal("node-1:42", start.TaskId);
        Assert.NotNull(await client.GetTaskAsync("node-1:42", default));
        await client.BulkUpdateAsync([new BulkUpdate("session", "a b/c", new JsonObject { ["user_type"] = "internal-user" })], default);
        Assert.NotNull(await client.GetSourceAsync("session", "id with spaces/slash:colon", default));

        Assert.All(server.Requests, r =>
        {
            Assert.Equal(Token, r.Header("X-Amz-Security-Token"));
            Assert.Contains("x-amz-security-token", r.Header("Authorization"), StringComparison.Ordinal);
        });
        Assert.Contains(server.Requests, r => r.RawTarget.Contains("wait_for_completion=false", StringComparison.Ordinal));
        Assert.Contains(server.Requests, r => r.RawTarget.StartsWith("/_tasks/node-1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Serverless_requests_are_scoped_to_aoss()
    {
        using var certificate = SelfSignedCertificate.Create();
        await using var server = await ScriptedServer.StartAsync((context, request) => AnswerIfSigned(context, request, "aoss"), certificate);
        using var client = OpenSearchClientFactory.Create(TestSettings.For(server.Endpoint.ToString(), service: "aoss"), TestSettings.FastRetries, SelfSignedCertificate.TrustingHandler(certificate));

        Assert.Equal(3, await client.CountAsync("session", new JsonObject { ["match_all"] = new JsonObject() }, default));
        Assert.Contains("/aoss/aws4_request", server.Requests.Single().Header("Authorization"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_secret_is_refused_and_reported_as_a_credentials_problem()
    {
        using var certificate = SelfSignedCertificate.Create();
        await using var server = await ScriptedServer.StartAsync((context, request) => AnswerIfSigned(context, request, "es"), certificate);
        var settings = TestSettings.For(server.Endpoint.ToString(), secretKey: "not-the-secret");
        using var client = OpenSearchClientFactory.Create(settings, TestSettings.FastRetries, SelfSignedCertificate.TrustingHandler(certificate));

        var refused = await Assert.ThrowsAsync<PreflightException>(() => OpenSearchPreflight.RequireIndexAsync(client, "session", default));

        Assert.Contains("HTTP 403", refused.Problem, StringComparison.Ordinal);
        Assert.Contains("signature", refused.Fix, StringComparison.OrdinalIgnoreCase);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData("search-pika-prod-abc123.us-east-1.es.amazonaws.com", "us-east-1")]
    [InlineData("https://vpc-pika-dev-x1y2.eu-central-1.es.amazonaws.com", "eu-central-1")]
    [InlineData("abc123.us-gov-west-1.aoss.amazonaws.com", "us-gov-west-1")]
    [InlineData("opensearch.internal.example.com", null)]
    public void The_region_comes_from_an_AWS_host_name(string endpoint, string? region) =>
        Assert.Equal(region, OpenSearchClientFactory.RegionOf(OpenSearchEndpoint.Parse(endpoint)));

    private static async Task AnswerIfSigned(HttpContext context, ReceivedRequest request, string service)
    {
        var problem = SignatureCheck.Problem(request, TestSettings.AccessKey, TestSettings.SecretKey, "eu-west-1", service);
        if (problem is not null)
        {
            context.Response.StatusCode = 403;
            await context.Response.WriteAsJsonAsync(new { message = "The request signature we calculated does not match the signature you provided. " + problem });
            return;
        }

        var path = request.Path;
        object answer = path switch
        {
            _ when request.Method == "HEAD" => new { },
            _ when path.EndsWith("/_mapping", StringComparison.Ordinal) => new { acknowledged = true },
            _ when path.EndsWith("/_update_by_query", StringComparison.Ordinal) => new { task = "node-1:42" },
            _ when path.StartsWith("/_tasks/", StringComparison.Ordinal) => new { completed = true, task = new { node = "node-1", id = 42 }, response = new { total = 0 } },
            _ when path == "/_bulk" => new { errors = false, items = new[] { new { update = new { _id = "a b/c", status = 200, result = "updated" } } } },
            _ when path.EndsWith("/_count", StringComparison.Ordinal) => new { count = 3 },
            _ => new { _id = "x", found = true, _source = new { session_id = "x" } },
        };
        await context.Response.WriteAsJsonAsync(answer);
    }
}
