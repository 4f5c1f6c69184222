using PikaMigrate.Core.Checkpoints;

namespace PikaMigrate.Core.Ledger.JsonFile;

public sealed class FileCheckpointStore(LedgerFile file) : ICheckpointStore, ICheckpointListing
{
    public Task<string?> ReadAsync(string key, CancellationToken cancellationToken) =>
        file.ReadAsync(document => document.Checkpoints.GetValueOrDefault(key), cancellationToken);

    public Task WriteAsync(string key, string value, CancellationToken cancellationToken) =>
        file.UpdateAsync(
            document =>
            {
                document.Checkpoints[key] = value;
                return (true, true);
            },
            cancellationToken);

    public Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        file.UpdateAsync(document => (document.Checkpoints.Remove(key), true), cancellationToken);

    public Task<IReadOnlyList<KeyValuePair<string, string>>> ListAsync(string prefix, CancellationToken cancellationToken) =>
        file.ReadAsync<IReadOnlyList<KeyValuePair<string, string>>>(
            document => [.. document.Checkpoints.Where(c => c.Key.StartsWith(prefix, StringComparison.Ordinal)).OrderBy(c => c.Key, StringComparer.Ordinal)],
            cancellationToken);
}
