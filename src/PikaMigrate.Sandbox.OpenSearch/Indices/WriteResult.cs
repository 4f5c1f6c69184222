using PikaMigrate.Sandbox.OpenSearch.Documents;

namespace PikaMigrate.Sandbox.OpenSearch.Indices;

/// <summary>A committed write: what the <c>_doc</c>, <c>_update</c> and <c>_bulk</c> responses report.</summary>
internal sealed record WriteResult(string Id, long Version, long SeqNo, long PrimaryTerm, WriteOutcome Outcome, StoredDocument? Document = null);
