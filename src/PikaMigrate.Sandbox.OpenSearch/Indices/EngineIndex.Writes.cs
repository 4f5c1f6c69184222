using PikaMigrate.Sandbox.OpenSearch.Documents;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Persistence;

namespace PikaMigrate.Sandbox.OpenSearch.Indices;

/// <summary>Document writes: version checks, sequence numbers and dynamic mapping updates under the index lock.</summary>
internal sealed partial class EngineIndex
{
    /// <summary>Parses a source against the current mapping; callers do this outside the lock (in parallel for bulks).</summary>
    public ParsedDocument Parse(string id, ReadOnlyMemory<byte> source) => DocumentParser.Parse(_mapping, id, source);

    /// <exception cref="OpenSearchException">A version conflict (409) or a document that does not fit the mapping (400).</exception>
    public WriteResult Index(IndexRequest request, ParsedDocument? parsed = null)
    {
        parsed ??= Parse(request.Id, request.Source);
        using var change = EnterChange();
        lock (_gate)
        {
            EnsureLive();
            if (parsed.ParsedWith != _mapping)
            {
                parsed = Parse(request.Id, request.Source);
            }

            if (parsed.DynamicUpdate is { } update)
            {
                ApplyMapping(update);
            }

            _docs.TryGetValue(request.Id, out var existing);
            long? deletedVersion = _tombstones.TryGetValue(request.Id, out var tombstone) && tombstone.IsLive ? tombstone.Version : null;
            var version = CheckVersion(request, existing, deletedVersion);
            var doc = new StoredDocument
            {
                Id = request.Id,
                Source = SourceValues.Compact(request.Source),
                SeqNo = _nextSeqNo++,
                Version = version,
                PrimaryTerm = PrimaryTerm,
                Ordinal = existing?.Ordinal ?? _nextOrdinal++,
                Fields = parsed.Fields,
                Mapping = _mapping,
            };
            Store(doc, isNew: existing is null);
            return new WriteResult(doc.Id, doc.Version, doc.SeqNo, doc.PrimaryTerm, existing is null ? WriteOutcome.Created : WriteOutcome.Updated, doc);
        }
    }

    /// <exception cref="OpenSearchException">A version conflict (409).</exception>
    public WriteResult Delete(string id, long? ifSeqNo = null, long? ifPrimaryTerm = null, long? externalVersion = null, bool externalGte = false)
    {
        using var change = EnterChange();
        lock (_gate)
        {
            EnsureLive();
            _docs.TryGetValue(id, out var existing);
            long? deletedVersion = _tombstones.TryGetValue(id, out var tombstone) && tombstone.IsLive ? tombstone.Version : null;
            var version = CheckVersion(new IndexRequest(id, default) { IfSeqNo = ifSeqNo, IfPrimaryTerm = ifPrimaryTerm, ExternalVersion = externalVersion, ExternalGte = externalGte }, existing, deletedVersion);
            var seqNo = _nextSeqNo++;
            if (existing is not null)
            {
                _docs.Remove(id);
                _reordered = true;
            }

            Changed(seqNo);

            _tombstones[id] = new Tombstone(version, Environment.TickCount64);
            _log?.Append(w =>
            {
                w.WriteStartObject();
                w.WriteString("op", "delete");
                w.WriteString("index", Name);
                w.WriteString("id", id);
                w.WriteNumber("seq", seqNo);
                w.WriteNumber("version", version);
                w.WriteEndObject();
            });
            return new WriteResult(id, version, seqNo, PrimaryTerm, existing is null ? WriteOutcome.NotFound : WriteOutcome.Deleted);
        }
    }

    private long CheckVersion(IndexRequest request, StoredDocument? existing, long? deletedVersion)
    {
        if (request.Create && existing is not null)
        {
            throw Conflict(request.Id, DocumentErrors.AlreadyExists(existing.Version));
        }

        if (request.IfSeqNo is { } ifSeqNo)
        {
            var ifTerm = request.IfPrimaryTerm ?? 0;
            if (existing is null)
            {
                throw Conflict(request.Id, DocumentErrors.SeqNoButMissing(ifSeqNo, ifTerm));
            }

            if (existing.SeqNo != ifSeqNo || existing.PrimaryTerm != ifTerm)
            {
                throw Conflict(request.Id, DocumentErrors.SeqNoMismatch(ifSeqNo, ifTerm, existing.SeqNo, existing.PrimaryTerm));
            }
        }

        var current = existing?.Version ?? deletedVersion;
        if (request.ExternalVersion is { } external)
        {
            if (current is { } v && (request.ExternalGte ? external < v : external <= v))
            {
                throw Conflict(request.Id, DocumentErrors.ExternalVersion(v, external, request.ExternalGte));
            }

            return external;
        }

        return (current ?? 0) + 1;
    }

    private OpenSearchException Conflict(string id, string detail) => new(409, DocumentErrors.VersionConflict(Name, Uuid, id, detail));

    private void Store(StoredDocument doc, bool isNew)
    {
        _docs[doc.Id] = doc;
        if (isNew)
        {
            _tombstones.Remove(doc.Id);
        }

        Changed(doc.SeqNo);
        _log?.Append(w => IndexRecords.WriteDocument(w, Name, doc));
    }
}
