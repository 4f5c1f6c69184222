namespace PikaMigrate.OpenSearch.Model;

public sealed record SearchHits(IReadOnlyList<SearchHit> Hits);
