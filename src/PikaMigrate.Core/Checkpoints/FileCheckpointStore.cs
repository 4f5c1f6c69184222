using System.Text.Json;

namespace PikaMigrate.Core.Checkpoints;

/// <summary>
/// Checkpoints in one JSON file, replaced atomically (write a temporary file, flush it to disk, rename) so a
/// kill at any moment leaves either the old or the new state, never a torn one.
/// </summary>
public sealed class FileCheckpointStore(string path) : ICheckpointStore
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public async Task<string?> ReadAsync(string key, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var all = await LoadAsync(cancellationToken).ConfigureAwait(false);
            return all.GetValueOrDefault(key);
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task WriteAsync(string key, string value, CancellationToken cancellationToken) =>
        UpdateAsync(all => all[key] = value, cancellationToken);

    public Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        UpdateAsync(all => all.Remove(key), cancellationToken);

    private async Task UpdateAsync(Action<Dictionary<string, string>> change, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var all = await LoadAsync(cancellationToken).ConfigureAwait(false);
            change(all);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            var temporary = Path + ".tmp";
            await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
            {
                await JsonSerializer.SerializeAsync(stream, all, cancellationToken: CancellationToken.None).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, Path, overwrite: true);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Dictionary<string, string>> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path))
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        await using var stream = File.OpenRead(Path);
        try
        {
            return await JsonSerializer.DeserializeAsync<Dictionary<string, string>>(stream, cancellationToken: cancellationToken).ConfigureAwait(false)
                ?? new Dictionary<string, string>(StringComparer.Ordinal);
        }
        catch (JsonException e)
        {
            // Never "assume nothing ran": an unreadable state file stops the run.
            throw new PreflightException(
                $"The checkpoint file '{Path}' is not valid JSON: {e.Message}",
                "Restore it from a backup, or move it aside if you are sure no run is in progress and want to start over.",
                e);
        }
    }
}
