using PikaMigrate.Sandbox.OpenSearch.Documents;
using PikaMigrate.Sandbox.OpenSearch.Mapping;

namespace PikaMigrate.Sandbox.OpenSearch.Indices;

/// <summary>Rebuilding an index from persisted records, and capturing it for a snapshot.</summary>
internal sealed partial class EngineIndex
{
    /// <summary>Replaces the mapping with a persisted version (later records are indexed against it).</summary>
    public void ReplayMapping(RootMapping root)
    {
        lock (_gate)
        {
            _mapping = _mapping.With(root);
        }
    }

    public void ReplayIndex(string id, long seqNo, long version, long primaryTerm, long ordinal, byte[] source)
    {
        var parsed = Parse(id, source);
        lock (_gate)
        {
            if (parsed.DynamicUpdate is { } update)
            {
                _mapping = _mapping.With(MappingMerger.Merge(_mapping.Root, update));
            }

            var isNew = !_docs.ContainsKey(id);
            _docs[id] = new StoredDocument
            {
                Id = id,
                Source = source,
                SeqNo = seqNo,
                Version = version,
                PrimaryTerm = primaryTerm,
                Ordinal = ordinal,
                Fields = parsed.Fields,
                Mapping = _mapping,
            };
            if (isNew)
            {
                _tombstones.Remove(id);
            }

            _nextSeqNo = Math.Max(_nextSeqNo, seqNo + 1);
            _nextOrdinal = Math.Max(_nextOrdinal, ordinal + 1);
            _maxReplayedTerm = Math.Max(_maxReplayedTerm, primaryTerm);
            _reordered = true;
            Changed(seqNo);
        }
    }

    public void ReplayDelete(string id, long seqNo, long version)
    {
        lock (_gate)
        {
            if (_docs.Remove(id))
            {
                _reordered = true;
            }

            Changed(seqNo);

            _tombstones[id] = new Tombstone(version, Environment.TickCount64);
            _nextSeqNo = Math.Max(_nextSeqNo, seqNo + 1);
        }
    }

    /// <summary>Replaces the settings with a persisted update.</summary>
    public void ReplaySettings(IndexSettings settings)
    {
        lock (_gate)
        {
            _settings = settings;
            ScheduleRefreshes(settings.RefreshInterval);
        }
    }

    /// <summary>After a restart from disk: the shard recovers with a new primary term.</summary>
    public void StartNewPrimaryTerm()
    {
        lock (_gate)
        {
            PrimaryTerm = Math.Max(PrimaryTerm, _maxReplayedTerm) + 1;
        }
    }

    /// <summary>A consistent copy for a snapshot: documents in index order, counters and the current mapping.</summary>
    public IndexState Capture()
    {
        lock (_gate)
        {
            return new IndexState(this, LiveDocuments(), _mapping, _nextSeqNo, _nextOrdinal);
        }
    }

    public void RestoreCounters(long nextSeqNo, long nextOrdinal)
    {
        lock (_gate)
        {
            _nextSeqNo = Math.Max(_nextSeqNo, nextSeqNo);
            _nextOrdinal = Math.Max(_nextOrdinal, nextOrdinal);
        }
    }
}
