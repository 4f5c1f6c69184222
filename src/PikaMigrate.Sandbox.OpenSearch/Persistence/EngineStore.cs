using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PikaMigrate.Sandbox.OpenSearch.Engine;

namespace PikaMigrate.Sandbox.OpenSearch.Persistence;

/// <summary>
/// Persistence in a data directory: an append-only operation log (one JSON record per committed change, handed
/// to the OS at the end of every request, so a killed process loses nothing) plus snapshots that compact it
/// (at start-up, on a clean shutdown, and when the log grows large). Start-up loads the newest complete snapshot
/// and replays the logs written after it; a torn last line from a crash is skipped.
/// </summary>
internal sealed partial class EngineStore : IOperationLog, IAsyncDisposable
{
    private const long CompactAfterBytes = 256L * 1024 * 1024;
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly string _directory;
    private readonly ILogger _logger;
    private readonly object _writeLock = new();
    private readonly SemaphoreSlim _snapshotting = new(1, 1);
    private readonly FileStream _lock;
    private FileStream? _log;
    private long _generation;
    private bool _replaying = true;
    private Task _background = Task.CompletedTask;

    private EngineStore(string directory, ILogger logger)
    {
        _directory = directory;
        _logger = logger;
        try
        {
            // One engine per data directory: a second one would interleave its log with ours.
            _lock = new FileStream(Path.Combine(directory, "engine.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new InvalidOperationException($"Another OpenSearch-compatible engine is already using {directory}.", e);
        }
    }

    public OpenSearchEngine Engine { get; private set; } = null!;

    public ReaderWriterLockSlim ChangeGate { get; } = new(LockRecursionPolicy.SupportsRecursion);

    public static async Task<EngineStore> OpenAsync(string directory, string nodeName, bool refreshOnEveryWrite, ILogger logger, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var store = new EngineStore(Path.GetFullPath(directory), logger);
        try
        {
            store.Engine = new OpenSearchEngine(NodeFile.ReadOrCreate(store._directory, nodeName), store, TimeProvider.System, refreshOnEveryWrite);
            store.Load();
            foreach (var index in store.Engine.Indices)
            {
                // A recovered shard starts with a new primary term and everything it recovered searchable.
                index.StartNewPrimaryTerm();
                index.Refresh();
            }

            store._replaying = false;
            await store.SnapshotAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            store.Engine?.Close();
            await store._lock.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public void Append(Action<Utf8JsonWriter> record)
    {
        if (_replaying)
        {
            return;
        }

        lock (_writeLock)
        {
            if (_log is null)
            {
                // Closed: only a task that outlived the shutdown wait writes now, and its change is not kept.
                return;
            }

            using (var writer = new Utf8JsonWriter(_log!, Options))
            {
                record(writer);
            }

            _log!.WriteByte((byte)'\n');
        }
    }

    public void Flush()
    {
        bool large;
        lock (_writeLock)
        {
            if (_log is null)
            {
                return;
            }

            _log.Flush(flushToDisk: false);
            large = _log.Length > CompactAfterBytes;
        }

        if (large && _background.IsCompleted)
        {
            _background = Task.Run(() => SnapshotAsync(CancellationToken.None));
        }
    }

    /// <summary>A last snapshot on a clean shutdown, so the next start reads one file instead of replaying the log.</summary>
    public async ValueTask DisposeAsync()
    {
        await _background.ConfigureAwait(false);
        await SnapshotAsync(CancellationToken.None).ConfigureAwait(false);
        lock (_writeLock)
        {
            _log?.Dispose();
            _log = null;
        }

        ChangeGate.Dispose();
        _snapshotting.Dispose();
        await _lock.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Captures a consistent state (no change in flight), switches to a new log, then writes the snapshot.</summary>
    private async Task SnapshotAsync(CancellationToken cancellationToken)
    {
        await _snapshotting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            long generation;
            List<Indices.IndexState> states;
            List<(long, System.Text.Json.Nodes.JsonObject)> tasks;
            ChangeGate.EnterWriteLock();
            try
            {
                states = [.. Engine.Indices.Select(i => i.Capture())];
                tasks = [.. Engine.Tasks.StoredResults];
                generation = ++_generation;
                lock (_writeLock)
                {
                    _log?.Dispose();
                    _log = new FileStream(FilePath("log", generation), FileMode.Append, FileAccess.Write, FileShare.Read, 1 << 16);
                }
            }
            finally
            {
                ChangeGate.ExitWriteLock();
            }

            await SnapshotWriter.WriteAsync(FilePath("snapshot", generation), generation, states, tasks, cancellationToken).ConfigureAwait(false);
            foreach (var (kind, old) in Files())
            {
                if (old < generation)
                {
                    File.Delete(FilePath(kind, old));
                }
            }

            LogSnapshot(_logger, generation, states.Sum(s => s.Documents.Length), _directory);
        }
        finally
        {
            _snapshotting.Release();
        }
    }

    private void Load()
    {
        foreach (var stale in Directory.EnumerateFiles(_directory, "*.ndjson.tmp"))
        {
            File.Delete(stale);
        }

        var files = Files();
        var snapshots = files.Where(f => f.Kind == "snapshot").Select(f => f.Generation).OrderDescending();
        var replayer = new RecordReplayer(Engine);
        long fromGeneration = 0;
        foreach (var generation in snapshots)
        {
            if (TryLoadSnapshot(generation, replayer))
            {
                fromGeneration = generation;
                break;
            }

            LogIncompleteSnapshot(_logger, generation);
        }

        foreach (var generation in files.Where(f => f.Kind == "log" && f.Generation >= fromGeneration).Select(f => f.Generation).Order())
        {
            Replay(FilePath("log", generation), replayer);
        }

        _generation = files.Count == 0 ? 0 : files.Max(f => f.Generation);
    }

    private bool TryLoadSnapshot(long generation, RecordReplayer replayer)
    {
        // A snapshot is used only if complete (its end marker is there); a half-written one is ignored.
        var lines = File.ReadLines(FilePath("snapshot", generation));
        if (!lines.Any(l => l.StartsWith("{\"op\":\"end\"", StringComparison.Ordinal)))
        {
            return false;
        }

        foreach (var line in lines)
        {
            if (!replayer.Apply(System.Text.Encoding.UTF8.GetBytes(line)))
            {
                break;
            }
        }

        return true;
    }

    private void Replay(string path, RecordReplayer replayer)
    {
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                replayer.Apply(System.Text.Encoding.UTF8.GetBytes(line));
            }
            catch (JsonException)
            {
                // The process was killed mid-write: the rest of this record never made it to disk.
                LogTornRecord(_logger, path, number);
            }
        }
    }

    private List<(string Kind, long Generation)> Files() =>
    [
        .. Directory.EnumerateFiles(_directory, "*.ndjson")
            .Select(Path.GetFileNameWithoutExtension)
            .Select(name => name!.Split('-'))
            .Where(parts => parts.Length == 2 && parts[0] is "log" or "snapshot" && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .Select(parts => (parts[0], long.Parse(parts[1], CultureInfo.InvariantCulture))),
    ];

    private string FilePath(string kind, long generation) =>
        Path.Combine(_directory, string.Create(CultureInfo.InvariantCulture, $"{kind}-{generation:D6}.ndjson"));

    [LoggerMessage(EventId = 10, EventName = "SnapshotWritten", Level = LogLevel.Information, Message = "Snapshot {Generation} written: {Documents} documents in {Directory}")]
    private static partial void LogSnapshot(ILogger logger, long generation, int documents, string directory);

    [LoggerMessage(EventId = 11, EventName = "IncompleteSnapshot", Level = LogLevel.Warning, Message = "Snapshot {Generation} is incomplete and was skipped")]
    private static partial void LogIncompleteSnapshot(ILogger logger, long generation);

    [LoggerMessage(EventId = 12, EventName = "TornRecord", Level = LogLevel.Warning, Message = "Skipped a torn record at {Path}:{Line} (the process stopped while writing it)")]
    private static partial void LogTornRecord(ILogger logger, string path, int line);
}
