using System.Text.Json;
using PikaMigrate.Core.Checkpoints;
using PikaMigrate.Migrations.Tests.V0_11_0;

namespace PikaMigrate.Migrations.Tests.V0_11_0.KeywordCopy;

/// <summary>A real checkpoint store that also tells the test when a step records a running task's id.</summary>
internal sealed class TaskRecordingCheckpoints(ICheckpointStore inner) : ICheckpointStore
{
    private readonly TaskCompletionSource<string> _recorded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<string> TaskRecorded => _recorded.Task;

    public Task<string?> ReadAsync(string key, CancellationToken cancellationToken) => inner.ReadAsync(key, cancellationToken);

    public async Task WriteAsync(string key, string value, CancellationToken cancellationToken)
    {
        await inner.WriteAsync(key, value, cancellationToken);
        if (JsonDocument.Parse(value).RootElement.TryGetProperty("TaskId", out var id) && id.GetString() is { } taskId)
        {
            _recorded.TrySetResult(taskId);
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken) => inner.DeleteAsync(key, cancellationToken);
}
