using System.Text.Json.Nodes;
using PikaMigrate.Cli.Tests.Harness;
using PikaMigrate.Testing;
using static PikaMigrate.Cli.Tests.Migration.EngineProxy;

namespace PikaMigrate.Cli.Tests.Migration;

/// <summary>
/// <c>migrate 0.11.0</c> with OpenSearch behind a proxy that loses answers as Amazon OpenSearch Service's load
/// balancer can: A2's task start dropped before it reached the engine (no task: it is started again), then answered
/// 504 after the engine started the task (the task is found by the mark of this run's start and attached to), and 429,
/// 503, 504 and dropped connections on the requests around it. The run converges with exactly one copy task.
/// </summary>
[Collection(MigrationCollection.Name)]
public sealed class LostAnswerTests(DynamoDbLocalFixture dynamo, OpenSearchEngineFixture engine)
{
    [Fact]
    public async Task A2_attaches_to_the_task_a_lost_start_began_and_starts_one_only_when_there_is_none()
    {
        using var scenario = await MigrationScenario.SeedAsync(dynamo, engine, "mig-lost-answer");
        await using var proxy = await FaultyAsync(
            engine.Endpoint,
            new FaultRule("POST", "/_update_by_query$", Fault.DropBeforeForwarding, 1),
            new FaultRule("POST", "/_update_by_query$", Fault.GatewayTimeoutAfterForwarding, 2),
            new FaultRule("GET", "^/_tasks$", Fault.ServiceUnavailable, 1),
            new FaultRule("POST", @"^/\.tasks/_search$", Fault.TooManyRequests, 1),
            new FaultRule("GET", "^/_tasks/.+", Fault.DropAfterForwarding, 1),
            new FaultRule("POST", "^/_bulk$", Fault.ServiceUnavailable, 1),
            new FaultRule("POST", "^/_bulk$", Fault.DropAfterForwarding, 2),
            new FaultRule("POST", "/_count$", Fault.TooManyRequests, 2),
            new FaultRule("POST", "/_search$", Fault.GatewayTimeoutAfterForwarding, 3),
            new FaultRule("POST", "/_mget$", Fault.DropBeforeForwarding, 1));
        var throughProxy = scenario.EnvFileWith("faulty", "PIKA_DOMAIN_ENDPOINT", proxy.Endpoint.GetLeftPart(UriPartial.Authority));

        var migrate = await scenario.RunAsync(scenario.CommandUsing(throughProxy, "migrate", "--yes"));

        Shows.Exit(migrate, 0);
        Shows.InOrder(
            migrate,
            "▶ A2 copy-to-keyword-fields",
            "The answer to starting the update_by_query was lost",
            "No task was started (10 s without one running or finished); starting it again",
            "The answer to starting the update_by_query was lost",
            "started by this run: attaching to it instead of starting another",
            "✅ Field copy complete!",
            "✅ Fully migrated to 0.11.0: all 10 checks hold.");
        Assert.Equal(
            ["DropBeforeForwarding", "GatewayTimeoutAfterForwarding"],
            proxy.Injected.Where(f => f.EndsWith("/_update_by_query", StringComparison.Ordinal)).Select(f => f.Split(' ')[0]));
        Assert.Equal(10, proxy.Injected.Count);
        await scenario.AssertMigratedAsync();

        // One copy task reached the engine and ran: the only one the engine keeps a result of for this index, none running.
        Assert.Single(proxy.Forwarded, f => f.StartsWith($"POST /{scenario.Index}/_update_by_query", StringComparison.Ordinal));
        await engine.SendAsync(HttpMethod.Post, ".tasks/_refresh");
        var stored = await engine.SendAsync(HttpMethod.Post, ".tasks/_search", new JsonObject { ["size"] = 1000 });
        Assert.Single(stored!["hits"]!["hits"]!.AsArray(), hit => ((string?)hit!["_source"]!["task"]!["description"])!.Contains($"[{scenario.Index}]", StringComparison.Ordinal));
        var running = await engine.SendAsync(HttpMethod.Get, "_tasks?detailed=true&actions=indices:data/write/update/byquery");
        Assert.DoesNotContain($"[{scenario.Index}]", running!.ToJsonString(), StringComparison.Ordinal);
    }
}
