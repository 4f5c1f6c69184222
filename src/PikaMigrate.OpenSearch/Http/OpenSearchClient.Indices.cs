using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using PikaMigrate.OpenSearch.Model;

namespace PikaMigrate.OpenSearch.Http;

public sealed partial class OpenSearchClient
{
    /// <summary><c>HEAD /{index}</c>: true for an index or an alias.</summary>
    public async Task<bool> IndexExistsAsync(string index, CancellationToken cancellationToken)
    {
        var path = PathOf(index);
        using var response = await SendRawAsync(HttpMethod.Head, path, null, RetrySafety.Idempotent, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        await ThrowIfFailedAsync(HttpMethod.Head, path, response, cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<IndexMapping> GetMappingAsync(string index, CancellationToken cancellationToken)
    {
        var root = await SendAsync<JsonElement>(HttpMethod.Get, PathOf(index, "_mapping"), null, RetrySafety.Idempotent, cancellationToken).ConfigureAwait(false);
        return IndexMapping.Parse(root);
    }

    /// <summary>
    /// <c>PUT /{index}/_mapping</c> with new properties. OpenSearch merges them into the mapping (additive); a field
    /// that exists with another type is refused as a whole, nothing applied.
    /// </summary>
    public async Task PutMappingAsync(string index, JsonObject properties, CancellationToken cancellationToken)
    {
        var path = PathOf(index, "_mapping");
        var answer = await SendAsync<JsonElement>(HttpMethod.Put, path, JsonBody(new JsonObject { ["properties"] = properties.DeepClone() }), RetrySafety.Idempotent, cancellationToken).ConfigureAwait(false);
        if (!(answer.TryGetProperty("acknowledged", out var acknowledged) && acknowledged.ValueKind == JsonValueKind.True))
        {
            throw new OpenSearchException("PUT", "/" + path, HttpStatusCode.OK, null, $"the mapping update was not acknowledged: {answer}");
        }
    }

    /// <summary>Makes recent writes visible to search and counts (OpenSearch is near-real-time).</summary>
    public async Task RefreshAsync(string index, CancellationToken cancellationToken) =>
        await SendAsync<JsonElement>(HttpMethod.Post, PathOf(index, "_refresh"), null, RetrySafety.Idempotent, cancellationToken).ConfigureAwait(false);
}
