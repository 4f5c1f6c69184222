using System.Text.Json;
using System.Text.Json.Serialization;
using Polly;
using Polly.Retry;

namespace PikaMigrate.Core.Ledger.JsonFile;

/// <summary>
/// The ledger as one JSON file (<c>--ledger file:PATH</c>). Every change is a read-modify-write under an exclusive
/// lock on a sibling <c>.lock</c> file (so two processes never interleave, which makes the lease lock's compare-
/// and-set real), written to a temporary file, flushed to disk and renamed over the old one, so a kill at any
/// moment leaves either the old or the new state, never a torn one.
/// </summary>
public sealed class LedgerFile
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LockPoll = TimeSpan.FromMilliseconds(20);

    private readonly SemaphoreSlim _gate = new(1, 1);

    // Another process holding the .lock file is waited out on the injected clock, polling, for up to LockWait.
    private readonly ResiliencePipeline _lockWait;

    public LedgerFile(string path, TimeProvider time)
    {
        Path = System.IO.Path.GetFullPath(path);
        _lockWait = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<IOException>(),
                BackoffType = DelayBackoffType.Constant,
                Delay = LockPoll,
                MaxRetryAttempts = (int)(LockWait / LockPoll),
            })
            .Build();
    }

    public string Path { get; }

    internal async Task<T> ReadAsync<T>(Func<LedgerDocument, T> read, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var fileLock = await LockAsync(cancellationToken).ConfigureAwait(false);
            return read(await LoadAsync(cancellationToken).ConfigureAwait(false));
        }
        finally
        {
            _gate.Release();
        }
    }

    internal async Task<T> UpdateAsync<T>(Func<LedgerDocument, (bool Changed, T Result)> change, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var fileLock = await LockAsync(cancellationToken).ConfigureAwait(false);
            var document = await LoadAsync(cancellationToken).ConfigureAwait(false);
            var (changed, result) = change(document);
            if (changed)
            {
                await SaveAsync(document).ConfigureAwait(false);
            }

            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<FileStream> LockAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        try
        {
            // FileShare.None takes an exclusive advisory lock (flock) on Unix.
            return await _lockWait.ExecuteAsync(
                static (path, _) => ValueTask.FromResult(new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None)),
                Path,
                cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            throw new PreflightException(
                $"The ledger file '{Path}' stayed locked by another process for {LockWait.TotalSeconds:0} s: {e.Message}",
                "Check for a hung pika-migrate process using this ledger, or point --ledger at another file.",
                e);
        }
    }

    private async Task<LedgerDocument> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path))
        {
            return new LedgerDocument();
        }

        try
        {
            await using var stream = File.OpenRead(Path);
            return await JsonSerializer.DeserializeAsync<LedgerDocument>(stream, JsonOptions, cancellationToken).ConfigureAwait(false)
                ?? throw new JsonException("the file holds null");
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // Never "assume nothing ran": an unreadable ledger stops the run.
            throw new PreflightException(
                $"The ledger file '{Path}' cannot be read: {e.Message}",
                "Restore it from a backup or fix its permissions. Move it aside only if you are sure no migration step ran with it, since it holds their state and checkpoints.",
                e);
        }
    }

    private async Task SaveAsync(LedgerDocument document)
    {
        var temporary = Path + ".tmp";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
        {
            // Not cancellable: a half-written temporary file is harmless, but a started save should finish.
            await JsonSerializer.SerializeAsync(stream, document, JsonOptions, CancellationToken.None).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, Path, overwrite: true);
    }
}
