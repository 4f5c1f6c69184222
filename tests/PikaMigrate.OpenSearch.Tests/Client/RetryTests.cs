using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using PikaMigrate.OpenSearch.Http;
using PikaMigrate.OpenSearch.Model;
using PikaMigrate.Testing.OpenSearch;

namespace PikaMigrate.OpenSearch.Tests.Client;

/// <summary>Throttling, unavailability and dropped connections from a scripted server, and what the client does about them.</summary>
public sealed class RetryTests
{
    private static readonly JsonObject MatchAll = new() { ["match_all"] = new JsonObject() };

    [Theory]
    [InlineData(429)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task A_transient_status_is_retried_until_it_passes(int status)
    {
        await using var server = await ScriptedServer.StartAsync(Script(status, status));
        using var client = Client(server);

        Assert.Equal(7, await client.CountAsync("session", MatchAll, default));
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task A_reset_connection_is_retried()
    {
        await using var server = await ScriptedServer.StartAsync(Script(Reset));
        using var client = Client(server);

        Assert.Equal(7, await client.CountAsync("session", MatchAll, default));
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Throttled_bulk_writes_are_sent_again_with_the_same_body()
    {
        await using var server = await ScriptedServer.StartAsync(Script(429, 503));
        using var client = Client(server);

        await client.BulkUpdateAsync([new BulkUpdate("session", "s1", new JsonObject { ["user_type"] = "internal-user" })], default);

        Assert.Equal(3, server.Requests.Count);
        Assert.Single(server.Requests.Select(r => r.BodyText).Distinct());
    }

    [Fact]
    public async Task Throttling_that_never_ends_surfaces_as_the_servers_error()
    {
        await using var server = await ScriptedServer.StartAsync(Script(429, 429, 429, 429, 429));
        using var client = Client(server);

        var error = await Assert.ThrowsAsync<OpenSearchException>(() => client.CountAsync("session", MatchAll, default));

        Assert.Equal(429, (int)error.Status);
        Assert.Equal("es_rejected_execution_exception", error.Type);
        Assert.Equal(1 + TestSettings.FastRetries.MaxRetryAttempts, server.Requests.Count);
    }

    [Fact]
    public async Task A_client_error_is_not_retried()
    {
        await using var server = await ScriptedServer.StartAsync(Script(400));
        using var client = Client(server);

        await Assert.ThrowsAsync<OpenSearchException>(() => client.CountAsync("session", MatchAll, default));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Starting_a_task_is_retried_when_refused_but_not_when_its_fate_is_unknown()
    {
        await using (var throttled = await ScriptedServer.StartAsync(Script(429)))
        {
            using var client = Client(throttled);
            Assert.Equal("n:1", (await client.StartUpdateByQueryAsync("session", new UpdateByQueryRequest(MatchAll, "ctx.op = 'noop'"), default)).TaskId);
            Assert.Equal(2, throttled.Requests.Count);
        }

        await using (var gateway = await ScriptedServer.StartAsync(Script(504)))
        {
            using var client = Client(gateway);
            var error = await Assert.ThrowsAsync<OpenSearchException>(() => client.StartUpdateByQueryAsync("session", new UpdateByQueryRequest(MatchAll, "ctx.op = 'noop'"), default));
            Assert.Equal(504, (int)error.Status);
            Assert.Single(gateway.Requests);
        }

        await using (var dropped = await ScriptedServer.StartAsync(Script(Reset)))
        {
            using var client = Client(dropped);
            await Assert.ThrowsAsync<OpenSearchUnreachableException>(() => client.StartUpdateByQueryAsync("session", new UpdateByQueryRequest(MatchAll, "ctx.op = 'noop'"), default));
            Assert.Single(dropped.Requests);
        }
    }

    private const int Reset = -1;

    private static OpenSearchClient Client(ScriptedServer server) =>
        OpenSearchClientFactory.Create(TestSettings.For(server.Endpoint.ToString()), TestSettings.FastRetries);

    /// <summary>Answers the given failures in turn (-1 drops the connection), then succeeds.</summary>
    private static Func<HttpContext, ReceivedRequest, Task> Script(params int[] failures)
    {
        var next = 0;
        return async (context, request) =>
        {
            var index = Interlocked.Increment(ref next) - 1;
            if (index < failures.Length)
            {
                if (failures[index] == Reset)
                {
                    context.Abort();
                    return;
                }

                context.Response.StatusCode = failures[index];
                var type = failures[index] == 429 ? "es_rejected_execution_exception" : "illegal_argument_exception";
                await context.Response.WriteAsJsonAsync(new { error = new { root_cause = new[] { new { type, reason = "scripted" } }, type, reason = "scripted" }, status = failures[index] });
                return;
            }

            await context.Response.WriteAsJsonAsync(request.Path.EndsWith("_update_by_query", StringComparison.Ordinal)
                ? new { task = "n:1" }
                : request.Path == "/_bulk" ? new { errors = false, items = Array.Empty<object>() } : (object)new { count = 7 });
        };
    }
}
