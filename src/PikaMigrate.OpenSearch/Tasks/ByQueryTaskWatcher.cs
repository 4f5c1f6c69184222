using PikaMigrate.OpenSearch.Http;
using PikaMigrate.OpenSearch.Model;

namespace PikaMigrate.OpenSearch.Tasks;

/// <summary>Polls an <c>_update_by_query</c> task until it completes, reporting its live counters.</summary>
public sealed class ByQueryTaskWatcher(OpenSearchClient client, TimeSpan interval, TimeProvider clock)
{
    /// <returns>The completed task, or null when the cluster no longer knows it.</returns>
    public async Task<TaskResponse?> WaitAsync(string taskId, Action<BulkByScrollStatus> progress, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        while (true)
        {
            var task = await client.GetTaskAsync(taskId, cancellationToken).ConfigureAwait(false);
            if (task is null || task.Completed)
            {
                return task;
            }

            if (task.Task.Status is { } status)
            {
                progress(status.Combined());
            }

            await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
