using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using PikaMigrate.OpenSearch.Http;
using PikaMigrate.OpenSearch.Model;

namespace PikaMigrate.OpenSearch.Search;

/// <summary>
/// Reads every document matching a query, page by page with <c>search_after</c> sorted on a keyword field that
/// holds one value per document (e.g. the id Pika indexes each session under), holding one page at a time.
/// </summary>
public static class DocumentPager
{
    /// <param name="source">Fields to return; null for the whole <c>_source</c>.</param>
    /// <param name="sortField">A keyword field unique per document; documents without it are read last, in one page at most.</param>
    public static async IAsyncEnumerable<SearchHit> ReadAsync(
        OpenSearchClient client,
        string index,
        JsonObject query,
        IReadOnlyList<string>? source,
        string sortField,
        int pageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        JsonArray? after = null;
        while (true)
        {
            var page = await client.SearchAsync(index, new SearchRequest(
                query,
                pageSize,
                source,
                new JsonArray(new JsonObject { [sortField] = new JsonObject { ["order"] = "asc", ["missing"] = "_last" } }),
                after), cancellationToken).ConfigureAwait(false);
            foreach (var hit in page.Hits.Hits)
            {
                yield return hit;
            }

            var last = page.Hits.Hits.Count < pageSize ? null : page.Hits.Hits[^1].Sort;
            // A document without the sort field sorts last with a null key, past which search_after cannot page.
            if (last is not { Length: > 0 } || last[0].ValueKind is JsonValueKind.Null)
            {
                yield break;
            }

            after = new JsonArray([.. last.Select(v => JsonNode.Parse(v.GetRawText()))]);
        }
    }
}
