namespace PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

/// <summary>Waits for update-by-query tasks the way a client does, through the tasks API.</summary>
public static class TaskPolling
{
    /// <summary>Waits until an update-by-query on the index is running (its snapshot is taken) and returns its task id.</summary>
    public static async Task<string> UntilRunning(EngineClient client, string index)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var tasks = (await client.Get("/_tasks?actions=*byquery&detailed=true&group_by=none")).Expect(200);
            var task = tasks.Path("tasks")!.AsArray().FirstOrDefault(t => t!["description"]!.GetValue<string>().Contains($"[{index}]", StringComparison.Ordinal));
            if (task is not null)
            {
                return $"{task["node"]!.GetValue<string>()}:{task["id"]!.GetValue<long>()}";
            }

            Assert.True(DateTime.UtcNow < deadline, "The update by query did not start.");
            await Task.Delay(5);
        }
    }

    public static async Task<EngineResponse> UntilCompleted(EngineClient client, string taskId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var task = (await client.Get($"/_tasks/{taskId}")).Expect(200);
            if (task["completed"]!.GetValue<bool>())
            {
                return task;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Task {taskId} did not complete: {task.Text}");
            await Task.Delay(25);
        }
    }
}
