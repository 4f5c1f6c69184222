using System.Text.Json.Nodes;
using PikaMigrate.Sandbox.OpenSearch.Documents;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Mapping;
using PikaMigrate.Sandbox.OpenSearch.Persistence;

namespace PikaMigrate.Sandbox.OpenSearch.Indices;

/// <summary>
/// One index: its metadata, mapping and documents (a single shard). Writes take the index's lock and change the
/// live documents, which real-time gets read; searches read the immutable <see cref="SearchView"/> of the last
/// refresh, so they never block writers and see a write only once a refresh made it searchable.
/// </summary>
internal sealed partial class EngineIndex
{
    private readonly object _gate = new();
    private readonly Dictionary<string, StoredDocument> _docs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tombstone> _tombstones = new(StringComparer.Ordinal);
    private readonly IOperationLog? _log;
    private readonly List<(SearchView View, string Key, Search.SortedDocuments Sorted)> _sortCache = [];
    private volatile IndexMapping _mapping;
    private volatile IndexSettings _settings;
    private long _nextSeqNo;
    private long _nextOrdinal;
    private bool _reordered;
    private volatile bool _deleted;
    private long _maxReplayedTerm;

    public EngineIndex(string name, string uuid, long creationDate, IndexSettings settings, RootMapping mapping, IReadOnlyList<string> aliases, long primaryTerm, IndexHost host)
    {
        Name = name;
        Uuid = uuid;
        CreationDate = creationDate;
        _settings = settings;
        Aliases = aliases;
        PrimaryTerm = primaryTerm;
        _log = host.Log;
        _mapping = new IndexMapping(mapping, new FieldIdRegistry());
        _refreshOnEveryWrite = host.RefreshOnEveryWrite;
        _refreshTimer = host.Time.CreateTimer(static state => ((EngineIndex)state!).ScheduledRefresh(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        ScheduleRefreshes(settings.RefreshInterval);
    }

    public string Name { get; }

    public string Uuid { get; }

    public long CreationDate { get; }

    public IndexSettings Settings => _settings;

    public IReadOnlyList<string> Aliases { get; }

    /// <summary>1 for a new index; one more after every restart from disk, as a recovered primary gets a new term.</summary>
    public long PrimaryTerm { get; private set; }

    public IndexMapping Mapping => _mapping;

    /// <summary>Write responses' <c>_shards.total</c>: the primary plus the (unassigned) replicas.</summary>
    public int ShardCopies => 1 + Settings.NumberOfReplicas;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _docs.Count;
            }
        }
    }

    /// <summary>Real-time get: sees every committed write.</summary>
    public StoredDocument? Get(string id)
    {
        lock (_gate)
        {
            return _docs.GetValueOrDefault(id);
        }
    }

    /// <summary>
    /// A search view's documents sorted for a search, cached per view and sort (a few at a time): paging through an
    /// index with <c>search_after</c> sorts once per refresh, not once per page.
    /// </summary>
    public Search.SortedDocuments SortedBy(SearchView view, IReadOnlyList<Search.SortSource> sorts)
    {
        var key = string.Join(';', sorts.Select(s => s.CacheKey));
        lock (_sortCache)
        {
            var cached = _sortCache.FirstOrDefault(c => c.View == view && c.Key == key);
            if (cached.Sorted is not null)
            {
                return cached.Sorted;
            }
        }

        var sorted = Search.SortedDocuments.Build(view.Documents, sorts);
        lock (_sortCache)
        {
            _sortCache.RemoveAll(c => c.View != view);
            _sortCache.Add((view, key, sorted));
            if (_sortCache.Count > 4)
            {
                _sortCache.RemoveAt(0);
            }
        }

        return sorted;
    }

    /// <summary>An additive mapping update (PUT <c>_mapping</c>): all of it or none.</summary>
    public void PutMapping(RootMapping update)
    {
        using var change = EnterChange();
        lock (_gate)
        {
            EnsureLive();
            ApplyMapping(update);
        }
    }

    /// <summary><c>PUT _settings</c>: only dynamic settings; a new refresh interval takes effect at once.</summary>
    public void UpdateSettings(System.Text.Json.Nodes.JsonObject update, bool preserveExisting)
    {
        using var change = EnterChange();
        lock (_gate)
        {
            EnsureLive();
            var next = _settings.Update(update, preserveExisting, Name, Uuid);
            _settings = next;
            AppendRecord("settings", next.ToStoredJson());
            ScheduleRefreshes(next.RefreshInterval);
        }
    }

    /// <summary>The index is gone: no more refreshes, and requests waiting for one are released.</summary>
    public void MarkDeleted()
    {
        _deleted = true;
        Close();
    }

    private void ApplyMapping(RootMapping update)
    {
        var merged = MappingMerger.Merge(_mapping.Root, update);
        var next = _mapping.With(merged);
        if (next.TotalFields > Settings.TotalFieldsLimit)
        {
            throw RequestErrors.IllegalArgument($"Limit of total fields [{Settings.TotalFieldsLimit}] has been exceeded");
        }

        _mapping = next;
        AppendRecord("mapping", MappingSerializer.ToJson(next.Root));
    }

    /// <summary>A log record <c>{"op": op, "index": name, op: value}</c> (mapping and settings changes).</summary>
    private void AppendRecord(string op, JsonObject value) => _log?.Append(w =>
    {
        w.WriteStartObject();
        w.WriteString("op", op);
        w.WriteString("index", Name);
        w.WritePropertyName(op);
        value.WriteTo(w);
        w.WriteEndObject();
    });

    private void EnsureLive()
    {
        if (_deleted)
        {
            throw IndexErrors.NotFound(Name);
        }
    }

    /// <summary>Taken before the index lock, in the same order as the snapshotter (gate, then index), so they cannot deadlock.</summary>
    private ChangeGateScope EnterChange() => new(_log);

    private readonly record struct Tombstone(long Version, long DeletedAt)
    {
        /// <summary>index.gc_deletes: a delete's version is remembered for 60 seconds.</summary>
        public bool IsLive => Environment.TickCount64 - DeletedAt < 60_000;
    }
}
