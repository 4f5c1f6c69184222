using System.Text.Json.Nodes;
using PikaMigrate.OpenSearch.Http;
using PikaMigrate.OpenSearch.Model;

namespace PikaMigrate.OpenSearch.Tasks;

/// <summary>
/// Starts an <c>_update_by_query</c> task so that a lost answer never starts a second one. Amazon OpenSearch Service
/// sits behind a load balancer: the start can reach the domain, begin the task, and still come back as a 504 or a
/// dropped connection, and such a request is not retried (<see cref="RetrySafety.StartsWork"/>). Each start carries a
/// mark of its own in the script's params, which every task description shows; after a lost answer the task is looked
/// for by that mark and its start time, among the running tasks and the finished ones kept in <c>.tasks</c>, and
/// attached to. Only when none shows up within <see cref="ByQueryTaskStartOptions.LookFor"/> is the start sent again.
/// </summary>
public sealed class ByQueryTaskStarter(OpenSearchClient client, ByQueryTaskStartOptions? options = null)
{
    /// <summary>The script param that marks a start; scripts ignore params they do not read.</summary>
    public const string MarkParam = "pika_start";

    // Clocks of the tool and the domain may disagree; a start a minute before ours is still ours if it bears our mark.
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    private readonly ByQueryTaskStartOptions _options = options ?? new ByQueryTaskStartOptions();

    /// <param name="say">Where what happened to a lost answer is told (a line for the operator).</param>
    public async Task<UpdateByQueryStart> StartAsync(string index, UpdateByQueryRequest request, Action<string> say, CancellationToken cancellationToken)
    {
        var mark = Guid.NewGuid().ToString("N");
        var parameters = request.ScriptParams?.DeepClone().AsObject() ?? [];
        parameters[MarkParam] = mark;
        var marked = request with { ScriptParams = parameters };
        var since = _options.Clock.GetUtcNow() - ClockSkew;
        for (var start = 1; ; start++)
        {
            try
            {
                return await client.StartUpdateByQueryAsync(index, marked, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (OpenSearchClient.IsLostAnswer(e))
            {
                say($"The answer to starting the update_by_query was lost ({e.Message}); looking for the task it may have started...");
                if (await FindAsync(mark, since, e, cancellationToken).ConfigureAwait(false) is { } found)
                {
                    say($"Found task {found}, started by this run: attaching to it instead of starting another");
                    return new UpdateByQueryStart(found, null, FoundAfterLostAnswer: true);
                }

                if (start >= _options.MaxStarts)
                {
                    throw;
                }

                say($"No task was started ({_options.LookFor.TotalSeconds:0} s without one running or finished); starting it again");
            }
        }
    }

    /// <summary>The task bearing <paramref name="mark"/>, running or finished; null once none has shown up in time.</summary>
    private async Task<string?> FindAsync(string mark, DateTimeOffset since, Exception lost, CancellationToken cancellationToken)
    {
        var deadline = _options.Clock.GetUtcNow() + _options.LookFor;
        while (true)
        {
            var running = await client.ListTasksAsync(OpenSearchClient.UpdateByQueryAction, cancellationToken).ConfigureAwait(false);
            if (running.FirstOrDefault(t => Bears(t, mark, since)) is { } task)
            {
                return task.Id;
            }

            IReadOnlyList<TaskSummary> finished;
            try
            {
                finished = await client.SearchStoredTasksAsync(OpenSearchClient.UpdateByQueryAction, mark, since, cancellationToken).ConfigureAwait(false);
            }
            catch (OpenSearchException e)
            {
                throw new TaskStartUnknownException(
                    $"The answer to starting the update_by_query was lost ({lost.Message}), and the finished tasks in {OpenSearchClient.StoredTasksIndex} cannot be searched to tell whether it started ({e.Message}). "
                    + $"Allow reading {OpenSearchClient.StoredTasksIndex} (es:ESHttpPost on /{OpenSearchClient.StoredTasksIndex}/_search), then run the command again: documents already copied are left alone.",
                    e);
            }

            if (finished.FirstOrDefault(t => Bears(t, mark, since)) is { } done)
            {
                return done.Id;
            }

            if (_options.Clock.GetUtcNow() >= deadline)
            {
                return null;
            }

            await Task.Delay(_options.PollInterval, _options.Clock, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool Bears(TaskSummary task, string mark, DateTimeOffset since) =>
        task.Description.Contains(mark, StringComparison.Ordinal) && task.Started >= since;
}
