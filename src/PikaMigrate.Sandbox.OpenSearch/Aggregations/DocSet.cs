using PikaMigrate.Sandbox.OpenSearch.Documents;
using PikaMigrate.Sandbox.OpenSearch.Indices;

namespace PikaMigrate.Sandbox.OpenSearch.Aggregations;

/// <summary>The documents of one index a (sub-)aggregation runs over; fields resolve per index.</summary>
internal sealed record DocSet(EngineIndex Index, IReadOnlyList<StoredDocument> Docs);
