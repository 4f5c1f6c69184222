using PikaMigrate.Sandbox.OpenSearch.Documents;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Mapping;
using PikaMigrate.Sandbox.OpenSearch.Persistence;

namespace PikaMigrate.Sandbox.OpenSearch.Indices;

/// <summary>
/// One index: its metadata, mapping and documents (a single shard). Writes take the index's lock; reads use an
/// immutable view of the live documents that the next write invalidates, so searches never block writers.
/// </summary>
internal sealed partial class EngineIndex
{
    private readonly object _gate = new();
    private readonly Dictionary<string, StoredDocument> _docs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tombstone> _tombstones = new(StringComparer.Ordinal);
    private readonly IOperationLog? _log;
    private readonly List<(StoredDocument[] View, string Key, Search.SortedDocuments Sorted)> _sortCache = [];
    private volatile IndexMapping _mapping;
    private volatile StoredDocument[]? _view;
    private long _nextSeqNo;
    private long _nextOrdinal;
    private bool _reordered;
    private volatile bool _deleted;
    private long _maxReplayedTerm;

    public EngineIndex(string name, string uuid, long creationDate, IndexSettings settings, RootMapping mapping, IReadOnlyList<string> aliases, long primaryTerm, IOperationLog? log)
    {
        Name = name;
        Uuid = uuid;
        CreationDate = creationDate;
        Settings = settings;
        Aliases = aliases;
        PrimaryTerm = primaryTerm;
        _log = log;
        _mapping = new IndexMapping(mapping, new FieldIdRegistry());
    }

    public string Name { get; }

    public string Uuid { get; }

    public long CreationDate { get; }

    public IndexSettings Settings { get; }

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

    public bool IsDeleted => _deleted;

    /// <summary>Real-time get: sees every committed write.</summary>
    public StoredDocument? Get(string id)
    {
        lock (_gate)
        {
            return _docs.GetValueOrDefault(id);
        }
    }

    /// <summary>The live documents in index order; shared and immutable.</summary>
    public StoredDocument[] View()
    {
        var view = _view;
        if (view is not null)
        {
            return view;
        }

        lock (_gate)
        {
            if (_view is null)
            {
                var docs = _docs.Values.ToArray();
                if (_reordered)
                {
                    Array.Sort(docs, static (a, b) => a.Ordinal.CompareTo(b.Ordinal));
                }

                _view = docs;
            }

            return _view;
        }
    }

    /// <summary>
    /// The live documents sorted for a search, cached per view and sort (a few at a time): paging through an index
    /// with <c>search_after</c> sorts once, not once per page.
    /// </summary>
    public Search.SortedDocuments SortedBy(IReadOnlyList<Search.SortSource> sorts)
    {
        var view = View();
        var key = string.Join(';', sorts.Select(s => s.CacheKey));
        lock (_sortCache)
        {
            var cached = _sortCache.FirstOrDefault(c => c.View == view && c.Key == key);
            if (cached.Sorted is not null)
            {
                return cached.Sorted;
            }
        }

        var sorted = Search.SortedDocuments.Build(view, sorts);
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

    public void MarkDeleted() => _deleted = true;

    private void ApplyMapping(RootMapping update)
    {
        var merged = MappingMerger.Merge(_mapping.Root, update);
        var next = _mapping.With(merged);
        if (next.TotalFields > Settings.TotalFieldsLimit)
        {
            throw RequestErrors.IllegalArgument($"Limit of total fields [{Settings.TotalFieldsLimit}] has been exceeded");
        }

        _mapping = next;
        _log?.Append(w =>
        {
            w.WriteStartObject();
            w.WriteString("op", "mapping");
            w.WriteString("index", Name);
            w.WritePropertyName("mapping");
            MappingSerializer.ToJson(next.Root).WriteTo(w);
            w.WriteEndObject();
        });
    }

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
