using PikaMigrate.Sandbox.OpenSearch.Documents;
using PikaMigrate.Sandbox.OpenSearch.Errors;
using PikaMigrate.Sandbox.OpenSearch.Indices;

namespace PikaMigrate.Sandbox.OpenSearch.Handlers;

/// <summary>
/// A get's <c>version</c>/<c>version_type</c>: the read fails with a version conflict unless the document has that
/// version (VersionType.isVersionConflictForReads: any other version conflicts, whatever the type).
/// </summary>
internal readonly record struct ReadVersion(long? Version, string? Type)
{
    public void Check(EngineIndex index, string id, StoredDocument? doc)
    {
        if (Type is not (null or "internal" or "external" or "external_gte"))
        {
            throw RequestErrors.IllegalArgument($"No version type match [{Type}]");
        }

        if (Version is { } expected && doc is not null && doc.Version != expected)
        {
            throw new OpenSearchException(409, DocumentErrors.VersionConflict(index.Name, index.Uuid, id,
                $"current version [{doc.Version}] is different than the one provided [{expected}]"));
        }
    }
}
