namespace PikaMigrate.Core.Checkpoints;

/// <summary>Lists checkpoints by key prefix, for status; steps themselves only read the keys they know.</summary>
public interface ICheckpointListing
{
    Task<IReadOnlyList<KeyValuePair<string, string>>> ListAsync(string prefix, CancellationToken cancellationToken);
}
