using System.Text.Json.Nodes;
using PikaMigrate.OpenSearch.Model;

namespace PikaMigrate.OpenSearch.Http;

public sealed partial class OpenSearchClient
{
    public async Task<long> CountAsync(string index, JsonObject query, CancellationToken cancellationToken)
    {
        var response = await SendAsync<CountResponse>(HttpMethod.Post, PathOf(index, "_count"), JsonBody(new JsonObject { ["query"] = query.DeepClone() }), RetrySafety.Idempotent, cancellationToken).ConfigureAwait(false);
        return response.Count;
    }

    public Task<SearchResponse> SearchAsync(string index, SearchRequest request, CancellationToken cancellationToken) =>
        SendAsync<SearchResponse>(HttpMethod.Post, PathOf(index, "_search"), JsonBody(request.ToJson()), RetrySafety.Idempotent, cancellationToken);
}
