using System.Text.Json;
using PikaMigrate.Migrations.V0_11_0.Twins;
using PikaMigrate.OpenSearch.Http;

namespace PikaMigrate.Migrations.V0_11_0.UserTypeMirror;

/// <summary>Reads user_type and user_type_keyword of session documents by id (<c>_mget</c>, real-time: no refresh needed).</summary>
public sealed class SessionIndexReader(OpenSearchClient client, string index) : ISessionIndexReader
{
    private const int BatchSize = 1000;
    private static readonly string[] Fields = [KeywordTwin.UserType.Source, KeywordTwin.UserType.Twin];

    public async Task<IReadOnlyDictionary<string, IndexedUserType>> ReadUserTypesAsync(IReadOnlyList<string> sessionIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, IndexedUserType>(StringComparer.Ordinal);
        foreach (var batch in sessionIds.Chunk(BatchSize))
        {
            var response = await client.MultiGetAsync(index, batch, Fields, cancellationToken).ConfigureAwait(false);
            foreach (var doc in response.Docs)
            {
                if (doc.Error is { } error)
                {
                    throw new InvalidOperationException($"Reading session document {doc.Id} from '{index}' failed: {error}");
                }

                if (doc.Found)
                {
                    found[doc.Id] = new IndexedUserType(Text(doc.Source, Fields[0]), Text(doc.Source, Fields[1]));
                }
            }
        }

        return found;
    }

    private static string? Text(JsonElement? source, string field) =>
        source is { ValueKind: JsonValueKind.Object } s && s.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
