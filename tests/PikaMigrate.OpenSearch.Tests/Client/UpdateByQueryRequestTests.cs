using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using PikaMigrate.OpenSearch.Http;
using PikaMigrate.OpenSearch.Model;
using PikaMigrate.Testing.OpenSearch;

namespace PikaMigrate.OpenSearch.Tests.Client;

/// <summary>Where the update_by_query parameters travel, and a proxy that drops the URL's wait_for_completion=false.</summary>
public sealed class UpdateByQueryRequestTests
{
    private static readonly JsonObject MatchAll = new() { ["match_all"] = new JsonObject() };

    [Fact]
    public async Task Body_carries_what_has_a_body_form_and_the_url_only_what_has_none()
    {
        await using var server = await ScriptedServer.StartAsync((context, _) => context.Response.WriteAsync("""{"task":"n:7"}"""));
        using var client = OpenSearchClientFactory.Create(TestSettings.For(server.Endpoint.ToString()), TestSettings.FastRetries);

        await client.StartUpdateByQueryAsync("session", new UpdateByQueryRequest(MatchAll, "ctx.op = 'noop'", ScrollSize: 250, RequestsPerSecond: 12.5), default);

        var request = server.Requests.Single();
        Assert.Equal("/session/_update_by_query", request.Path);
        Assert.Equal("wait_for_completion=false&slices=auto&scroll_size=250&refresh=true&requests_per_second=12.5", request.Query);
        var body = JsonNode.Parse(request.BodyText)!.AsObject();
        Assert.Equal("proceed", body["conflicts"]!.GetValue<string>());
        Assert.Equal("ctx.op = 'noop'", body["script"]!["source"]!.GetValue<string>());
        Assert.Equal("painless", body["script"]!["lang"]!.GetValue<string>());
        Assert.NotNull(body["query"]!["match_all"]);
    }

    [Fact]
    public async Task A_finished_result_instead_of_a_task_is_taken_as_the_result()
    {
        await using var server = await ScriptedServer.StartAsync((context, _) => context.Response.WriteAsync(
            """{"took":5,"timed_out":false,"total":4,"updated":3,"deleted":0,"batches":1,"version_conflicts":0,"noops":1,"retries":{"bulk":0,"search":0},"throttled_millis":0,"requests_per_second":-1.0,"throttled_until_millis":0,"failures":[]}"""));
        using var client = OpenSearchClientFactory.Create(TestSettings.For(server.Endpoint.ToString()), TestSettings.FastRetries);

        var start = await client.StartUpdateByQueryAsync("session", new UpdateByQueryRequest(MatchAll, "ctx.op = 'noop'"), default);

        Assert.Null(start.TaskId);
        Assert.Equal((4, 3, 1), (start.Finished!.Total, start.Finished.Updated, start.Finished.Noops));
    }
}
