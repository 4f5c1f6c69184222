using PikaMigrate.Sandbox.OpenSearch.Documents;

namespace PikaMigrate.Sandbox.OpenSearch.Search;

/// <summary>A matching document with its score and sort values; <see cref="Segment"/> is its index's position.</summary>
internal sealed record SearchHit(int Segment, StoredDocument Document, double Score, SortValue[] Keys);
