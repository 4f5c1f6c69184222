namespace PikaMigrate.Sandbox.OpenSearch.Tests.Yaml;

/// <summary>
/// OpenSearch's rest-api-spec <c>tasks.list/10_basic.yml</c>, transcribed, and <c>tasks.get/10_basic.yml</c> (kept in
/// Elasticsearch's rest-api-spec; OpenSearch's TransportGetTaskAction answers the same). Task results and
/// <c>wait_for_completion</c> are covered by the update_by_query transcriptions.
/// </summary>
public sealed class TasksTests
{
    private const string List = "tasks.list/10_basic.yml: ";

    /// <summary>
    /// "tasks_list test", "tasks_list test detailed" and "tasks_list detailed (with thread info)" take the node id from
    /// <c>nodes.info</c>, which the engine does not serve, so it comes from the listing. They also expect
    /// <c>resource_stats</c> (CPU, memory and threads per task), which the engine does not measure and leaves out.
    /// </summary>
    [Theory(DisplayName = List + "tasks_list test / tasks_list test detailed / tasks_list detailed (with thread info)")]
    [InlineData("tasks_list test")]
    [InlineData("tasks_list test detailed")]
    [InlineData("tasks_list detailed (with thread info)")]
    public async Task Tasks_list(string name)
    {
        _ = name;
        await using var os = await YamlCluster.StartAsync();
        var nodes = (await os.Get("/_tasks")).IsTrue("nodes");
        var nodeId = nodes.Json["nodes"]!.AsObject().First().Key;
        nodes.IsTrue($"nodes.{nodeId}.roles");

        var parents = (await os.Get("/_tasks?group_by=parents&detailed=true")).IsTrue("tasks");
        var taskId = parents.Json["tasks"]!.AsObject().First().Key;
        parents.Match($"tasks.{taskId}.action", "cluster:monitor/tasks/lists").Match($"tasks.{taskId}.children.0.action", "cluster:monitor/tasks/lists[n]")
            .IsFalse($"tasks.{taskId}.resource_stats");
    }

    [Fact(DisplayName = List + "tasks_list headers")]
    public async Task Tasks_list_headers()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Client.GetWithHeader("/_tasks?actions=cluster:monitor/tasks/lists&group_by=none", "X-Opaque-Id", "That is me"))
            .IsTrue("tasks").Match("tasks.0.headers.X-Opaque-Id", "That is me");
    }

    [Fact(DisplayName = "tasks.get/10_basic.yml: get task test")]
    public async Task Get_task_test()
    {
        await using var os = await YamlCluster.StartAsync();
        (await os.Get("/_tasks/foo:1")).Catch("missing")
            .Match("error.reason", "/task.\\[foo:1\\].belongs.to.the.node.\\[foo\\].which.isn't.part.of.the.cluster.and.there.is.no.record.of.the.task/");
    }
}
