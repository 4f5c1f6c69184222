using System.Buffers;
using System.Text.Json;
using PikaMigrate.Core.Digests;
using PikaMigrate.Core.Progress;
using PikaMigrate.OpenSearch.Http;
using PikaMigrate.OpenSearch.Search;

namespace PikaMigrate.OpenSearch.Digests;

/// <summary>
/// An order-independent digest of every original document's id and fields but the excluded ones, read page by page
/// (memory flat in index size): the additive-only proof of a migration that adds those fields. Documents the caller
/// does not count as original (created since the baseline) are only counted.
/// </summary>
public static class IndexDigest
{
    private const int PageSize = 1000;

    /// <param name="sortField">A keyword field unique per document, to page on (<see cref="DocumentPager"/>).</param>
    /// <param name="isOriginal">Whether a document's source belongs in the digest.</param>
    /// <returns>The digest, and how many documents it left out.</returns>
    public static async Task<(string Digest, long LeftOut)> ComputeAsync(
        OpenSearchClient client,
        string index,
        string sortField,
        IReadOnlySet<string> excludedFields,
        Func<JsonElement, bool> isOriginal,
        IProgress<ProgressReport> progress,
        CancellationToken cancellationToken)
    {
        var total = await client.CountAsync(index, QueryDsl.MatchAll(), cancellationToken).ConfigureAwait(false);
        var digest = new ContentDigest();
        var buffer = new ArrayBufferWriter<byte>(4096);
        long read = 0, leftOut = 0;
        await foreach (var hit in DocumentPager.ReadAsync(client, index, QueryDsl.MatchAll(), null, sortField, PageSize, cancellationToken).ConfigureAwait(false))
        {
            if (++read % PageSize == 0)
            {
                progress.Report(new ProgressReport($"{read} documents read", read, total));
            }

            if (hit.Source is { } original && !isOriginal(original))
            {
                leftOut++;
                continue;
            }

            buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("_id", hit.Id);
                if (hit.Source is { } source)
                {
                    writer.WritePropertyName("_source");
                    CanonicalJson.Write(writer, source, excludedFields.Contains);
                }

                writer.WriteEndObject();
            }

            digest.Add(buffer.WrittenSpan);
        }

        progress.Report(new ProgressReport($"{read} documents read", read, total));
        return (digest.ToString(), leftOut);
    }
}
