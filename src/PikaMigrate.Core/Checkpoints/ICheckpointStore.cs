namespace PikaMigrate.Core.Checkpoints;

/// <summary>
/// Durable key/value state a long step keeps so that a killed run resumes where it stopped. A write returns
/// only once the value is durable.
/// </summary>
public interface ICheckpointStore
{
    Task<string?> ReadAsync(string key, CancellationToken cancellationToken);

    Task WriteAsync(string key, string value, CancellationToken cancellationToken);

    Task DeleteAsync(string key, CancellationToken cancellationToken);
}
