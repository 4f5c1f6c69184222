namespace PikaMigrate.Sandbox.OpenSearch.Tests.Infrastructure;

/// <summary>Waits for an asynchronous update-by-query the way a client does: GET _tasks until completed.</summary>
public static class TaskPolling
{
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
