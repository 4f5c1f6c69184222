using PikaMigrate.Sandbox.OpenSearch.Documents;
using PikaMigrate.Sandbox.OpenSearch.Indices;

namespace PikaMigrate.Sandbox.OpenSearch.Reindex;

/// <summary>A document as the scroll snapshot saw it (its version and seq_no are what the write checks against).</summary>
internal readonly record struct ScrollItem(EngineIndex Index, StoredDocument Document);
