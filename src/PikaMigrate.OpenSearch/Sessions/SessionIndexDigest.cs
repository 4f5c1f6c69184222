using System.Buffers;
using System.Text.Json;
using PikaMigrate.Core.Digests;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Core.Progress;
using PikaMigrate.OpenSearch.Http;

namespace PikaMigrate.OpenSearch.Sessions;

/// <summary>
/// An order-independent digest of every session document's id and original fields, for the additive-only proof:
/// taken before and after the migration, the two must be equal. Left out: the fields the migration adds (the three
/// twins and user_type) and last_index_date, which the indexing Lambda rewrites on every write.
/// </summary>
public sealed class SessionIndexDigest(OpenSearchClient client, string index) : IStoreBaseline
{
    public const string StoreName = "opensearch";
    private const int PageSize = 1000;

    public static readonly IReadOnlyList<string> ExcludedFields =
        [.. KeywordTwin.All.Select(p => p.Twin), KeywordTwin.UserType.Source, "last_index_date"];

    /// <summary>The ledger's key for this baseline; the same whichever command records it first.</summary>
    public string Name => $"OpenSearch index {index}";

    public async Task<StoreDigest> ComputeAsync(IStepReporter reporter, CancellationToken cancellationToken)
    {
        await OpenSearchPreflight.RequireIndexAsync(client, index, cancellationToken).ConfigureAwait(false);
        var total = await client.CountAsync(index, Query.MatchAll(), cancellationToken).ConfigureAwait(false);
        var digest = new ContentDigest();
        var buffer = new ArrayBufferWriter<byte>(4096);
        await foreach (var hit in DocumentPager.ReadAsync(client, index, Query.MatchAll(), null, PageSize, cancellationToken).ConfigureAwait(false))
        {
            buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("_id", hit.Id);
                if (hit.Source is { } source)
                {
                    writer.WritePropertyName("_source");
                    CanonicalJson.Write(writer, source, ExcludedFields.Contains);
                }

                writer.WriteEndObject();
            }

            digest.Add(buffer.WrittenSpan);
            if (digest.Count % PageSize == 0)
            {
                reporter.Progress(new ProgressReport($"{digest.Count} documents read", digest.Count, total));
            }
        }

        reporter.Progress(new ProgressReport($"{digest.Count} documents read", digest.Count, total));
        return new StoreDigest(StoreName, index, digest.ToString(), ExcludedFields);
    }
}
