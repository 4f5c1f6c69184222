using System.Text.Json.Nodes;

namespace PikaMigrate.OpenSearch.Model;

/// <summary>The <c>_search</c> body parts we use.</summary>
/// <param name="Source">Fields to return; empty for none, null for the whole <c>_source</c>.</param>
/// <param name="Sort">e.g. <c>[{"session_id":"asc"}]</c>.</param>
/// <param name="SearchAfter">The previous page's last <c>sort</c> values.</param>
/// <param name="Aggregations">Named aggregations.</param>
public sealed record SearchRequest(
    JsonObject Query,
    int Size,
    IReadOnlyList<string>? Source = null,
    JsonArray? Sort = null,
    JsonArray? SearchAfter = null,
    JsonObject? Aggregations = null)
{
    internal JsonObject ToJson()
    {
        var body = new JsonObject { ["query"] = Query.DeepClone(), ["size"] = Size };
        if (Source is not null)
        {
            body["_source"] = Source.Count == 0 ? false : new JsonArray([.. Source.Select(s => JsonValue.Create(s))]);
        }

        if (Sort is not null)
        {
            body["sort"] = Sort.DeepClone();
        }

        if (SearchAfter is not null)
        {
            body["search_after"] = SearchAfter.DeepClone();
        }

        if (Aggregations is not null)
        {
            body["aggs"] = Aggregations.DeepClone();
        }

        return body;
    }
}
