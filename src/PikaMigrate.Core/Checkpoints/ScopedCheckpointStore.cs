namespace PikaMigrate.Core.Checkpoints;

/// <summary>A step's view of the shared checkpoint store: its keys live under <c>&lt;version&gt;/&lt;step&gt;/</c>.</summary>
public sealed class ScopedCheckpointStore(ICheckpointStore inner, string version, string stepId) : ICheckpointStore
{
    private readonly string _prefix = $"{version}/{stepId}/";

    public Task<string?> ReadAsync(string key, CancellationToken cancellationToken) =>
        inner.ReadAsync(_prefix + key, cancellationToken);

    public Task WriteAsync(string key, string value, CancellationToken cancellationToken) =>
        inner.WriteAsync(_prefix + key, value, cancellationToken);

    public Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        inner.DeleteAsync(_prefix + key, cancellationToken);
}
