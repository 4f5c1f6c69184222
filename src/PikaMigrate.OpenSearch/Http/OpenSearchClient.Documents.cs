using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PikaMigrate.OpenSearch.Model;

namespace PikaMigrate.OpenSearch.Http;

public sealed partial class OpenSearchClient
{
    private static readonly MediaTypeHeaderValue NdJsonContentType = new("application/x-ndjson");

    /// <summary>A document's <c>_source</c>, or null when the index has no document with that id.</summary>
    public async Task<JsonElement?> GetSourceAsync(string index, string id, CancellationToken cancellationToken)
    {
        var path = PathOf(index, "_doc", id);
        using var response = await SendRawAsync(HttpMethod.Get, path, null, RetrySafety.Idempotent, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            // 404 is either {"found":false} (no such document) or an error envelope (no such index).
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            using var json = JsonDocument.Parse(body.Length == 0 ? "{}" : body);
            if (json.RootElement.TryGetProperty("found", out var found) && found.ValueKind == JsonValueKind.False)
            {
                return null;
            }

            throw OpenSearchException.FromResponse("GET", "/" + path, response.StatusCode, body);
        }

        await ThrowIfFailedAsync(HttpMethod.Get, path, response, cancellationToken).ConfigureAwait(false);
        var document = await ReadAsync<JsonElement>(HttpMethod.Get, path, response, cancellationToken).ConfigureAwait(false);
        return document.TryGetProperty("_source", out var source) ? source.Clone() : null;
    }

    /// <summary><c>_mget</c> by id, returning only the named <c>_source</c> fields (given per document in the body).</summary>
    public Task<MultiGetResponse> MultiGetAsync(string index, IReadOnlyList<string> ids, IReadOnlyList<string> sourceFields, CancellationToken cancellationToken)
    {
        var docs = new JsonArray();
        foreach (var id in ids)
        {
            docs.Add(new JsonObject { ["_id"] = id, ["_source"] = new JsonArray([.. sourceFields.Select(f => JsonValue.Create(f))]) });
        }

        return SendAsync<MultiGetResponse>(HttpMethod.Post, PathOf(index, "_mget"), JsonBody(new JsonObject { ["docs"] = docs }), RetrySafety.Idempotent, cancellationToken);
    }

    /// <summary>
    /// <c>_bulk</c> partial updates. The call succeeds even when items fail: each item says what happened to it.
    /// </summary>
    public Task<BulkResponse> BulkUpdateAsync(IReadOnlyList<BulkUpdate> updates, CancellationToken cancellationToken)
    {
        var body = new StringBuilder();
        foreach (var update in updates)
        {
            var action = new JsonObject
            {
                ["update"] = new JsonObject { ["_index"] = update.Index, ["_id"] = update.Id, ["retry_on_conflict"] = update.RetryOnConflict },
            };
            body.Append(action.ToJsonString()).Append('\n');
            body.Append(new JsonObject { ["doc"] = update.Doc.DeepClone() }.ToJsonString()).Append('\n');
        }

        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body.ToString()));
        content.Headers.ContentType = NdJsonContentType;
        return SendAsync<BulkResponse>(HttpMethod.Post, "_bulk", content, RetrySafety.Idempotent, cancellationToken);
    }
}
