using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using PikaMigrate.Core.Migrations;
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

    /// <summary>
    /// Which incarnation of an index this is: <c>GET /{index}/_settings</c>'s <c>index.uuid</c> (new with every creation)
    /// and <c>index.creation_date</c>; null when the index does not exist.
    /// </summary>
    public async Task<StoreIdentity?> GetIndexIdentityAsync(string index, CancellationToken cancellationToken)
    {
        var path = PathOf(index, "_settings");
        using var response = await SendRawAsync(HttpMethod.Get, path, null, RetrySafety.Idempotent, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await ThrowIfFailedAsync(HttpMethod.Get, path, response, cancellationToken).ConfigureAwait(false);
        var root = await ReadAsync<JsonElement>(HttpMethod.Get, path, response, cancellationToken).ConfigureAwait(false);

        // Keyed by the concrete index, which an alias hides: the answer names one.
        foreach (var entry in root.EnumerateObject())
        {
            if (entry.Value.TryGetProperty("settings", out var settings) && settings.TryGetProperty("index", out var found)
                && found.TryGetProperty("uuid", out var uuid) && found.TryGetProperty("creation_date", out var created)
                && long.TryParse(created.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var millis))
            {
                return new StoreIdentity(StoreKind.OpenSearch, index, uuid.GetString() ?? string.Empty, DateTimeOffset.FromUnixTimeMilliseconds(millis));
            }
        }

        throw new OpenSearchException("GET", "/" + path, response.StatusCode, null, "the answer names no index.uuid and index.creation_date");
    }

    /// <summary>Makes recent writes visible to search and counts (OpenSearch is near-real-time).</summary>
    public async Task RefreshAsync(string index, CancellationToken cancellationToken) =>
        await SendAsync<JsonElement>(HttpMethod.Post, PathOf(index, "_refresh"), null, RetrySafety.Idempotent, cancellationToken).ConfigureAwait(false);
}
