using System.Text;
using PikaMigrate.Core;

namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>
/// The ids of users absent from chat-user, appended durably as they are found (so a killed run's finds
/// survive with its checkpoints) and sorted and de-duplicated at the end of the run.
/// </summary>
internal sealed class MissingUsersFile(string path) : IMissingUserLog
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>Empties the file for a new run, or keeps what an interrupted run found; fails before any write if it cannot be written.</summary>
    public async Task StartAsync(bool resume, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            await using var stream = new FileStream(Path, resume ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PreflightException(
                $"The missing-users file '{Path}' cannot be written: {e.Message}",
                "Pass --missing-users-file with a path in a writable folder.",
                e);
        }
    }

    public async Task RecordAsync(IReadOnlyList<string> userIds, CancellationToken cancellationToken)
    {
        var lines = Encoding.UTF8.GetBytes(string.Concat(userIds.Select(id => id + "\n")));
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
            await stream.WriteAsync(lines, CancellationToken.None).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Rewrites the file sorted and without duplicates (atomically) and returns the ids.</summary>
    public async Task<IReadOnlyList<string>> FinishAsync(CancellationToken cancellationToken)
    {
        var ids = File.Exists(Path)
            ? (await File.ReadAllLinesAsync(Path, cancellationToken).ConfigureAwait(false))
                .Where(line => line.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()
            : [];
        var temporary = Path + ".tmp";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(string.Concat(ids.Select(id => id + "\n"))), cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, Path, overwrite: true);
        return ids;
    }
}
