using System.Text.Json;

namespace PikaMigrate.OpenSearch.Model;

public sealed record SearchResponse(SearchHits Hits, JsonElement? Aggregations)
{
    /// <summary>The buckets of a terms aggregation, and the documents in buckets that did not fit.</summary>
    public (IReadOnlyList<TermsBucket> Buckets, long Other) Terms(string name)
    {
        if (Aggregations is not { ValueKind: JsonValueKind.Object } aggregations || !aggregations.TryGetProperty(name, out var terms))
        {
            return ([], 0);
        }

        var buckets = terms.GetProperty("buckets").EnumerateArray()
            .Select(b => new TermsBucket(b.GetProperty("key").ToString(), b.GetProperty("doc_count").GetInt64()))
            .ToList();
        return (buckets, terms.TryGetProperty("sum_other_doc_count", out var other) ? other.GetInt64() : 0);
    }
}
