using PikaMigrate.Sandbox.OpenSearch.Documents;
using PikaMigrate.Sandbox.OpenSearch.Mapping;

namespace PikaMigrate.Sandbox.OpenSearch.Indices;

/// <summary>An index captured for a snapshot.</summary>
internal sealed record IndexState(EngineIndex Index, StoredDocument[] Documents, IndexMapping Mapping, long NextSeqNo, long NextOrdinal);
