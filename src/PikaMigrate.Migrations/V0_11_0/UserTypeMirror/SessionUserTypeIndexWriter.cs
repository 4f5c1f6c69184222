using System.Text.Json.Nodes;
using PikaMigrate.Migrations.V0_11_0.Twins;
using PikaMigrate.OpenSearch.Http;
using PikaMigrate.OpenSearch.Model;
using Polly;

namespace PikaMigrate.Migrations.V0_11_0.UserTypeMirror;

/// <summary>
/// Mirrors the DynamoDB backfill's user_type into the session documents with <c>_bulk</c> partial updates, never
/// upserts: a session without a document stays without one (the indexing Lambda skips mock sessions, and a
/// deleted session must not come back as a phantom document). Items the cluster throttles (429) are sent again
/// with backoff; other item failures are reported per document.
/// </summary>
public sealed class SessionUserTypeIndexWriter : ISessionUserTypeIndexWriter
{
    private const int BatchSize = 500;
    private readonly OpenSearchClient _client;
    private readonly string _index;
    private readonly ResiliencePipeline<int> _throttledItems;

    private SessionUserTypeIndexWriter(OpenSearchClient client, string index, bool writesKeywordTwin)
    {
        _client = client;
        _index = index;
        WritesKeywordTwin = writesKeywordTwin;
        _throttledItems = new ResiliencePipelineBuilder<int> { TimeProvider = client.Options.Clock }
            .AddRetry(client.Options.Backoff<int>(args => ValueTask.FromResult(args.Outcome.Result > 0)))
            .Build();
    }

    public bool WritesKeywordTwin { get; }

    /// <summary>
    /// Reads the mapping once: the twin is written only when <c>user_type_keyword</c> is already mapped as keyword.
    /// Writing it earlier would let dynamic mapping type it as text for good, and the mapping step could never succeed.
    /// </summary>
    public static async Task<SessionUserTypeIndexWriter> CreateAsync(OpenSearchClient client, string index, CancellationToken cancellationToken)
    {
        await OpenSearchPreflight.RequireIndexAsync(client, index, cancellationToken).ConfigureAwait(false);
        var mapping = await client.GetMappingAsync(index, cancellationToken).ConfigureAwait(false);
        var twinIsKeyword = TwinFields.Resolve(mapping, KeywordTwin.UserType).TwinIsKeyword;
        return new SessionUserTypeIndexWriter(client, index, twinIsKeyword);
    }

    public async Task<IndexWriteResult> WriteAsync(IReadOnlyList<SessionUserType> sessions, CancellationToken cancellationToken)
    {
        var total = IndexWriteResult.Empty;
        foreach (var batch in sessions.Chunk(BatchSize))
        {
            total = total.Add(await WriteBatchAsync(batch, cancellationToken).ConfigureAwait(false));
        }

        return total;
    }

    private async Task<IndexWriteResult> WriteBatchAsync(IReadOnlyList<SessionUserType> batch, CancellationToken cancellationToken)
    {
        int updated = 0, unchanged = 0, missing = 0;
        var failures = new List<string>();
        var pending = batch.Select(Update).ToList();
        var lastThrottle = new Dictionary<string, ErrorCause?>(StringComparer.Ordinal);
        await _throttledItems.ExecuteAsync(async ct =>
        {
            var response = await _client.BulkUpdateAsync(pending, ct).ConfigureAwait(false);
            var throttled = new List<BulkUpdate>();
            foreach (var (update, item) in pending.Zip(response.Results))
            {
                switch (item)
                {
                    case { Status: 429 }:
                        throttled.Add(update);
                        lastThrottle[update.Id] = item.Error;
                        break;
                    case { Error: null, Result: "noop" }:
                        unchanged++;
                        break;
                    case { Error: null }:
                        updated++;
                        break;
                    case { Status: 404 }:
                        missing++;
                        break;
                    default:
                        failures.Add($"{update.Id}: {item.Error}");
                        break;
                }
            }

            pending = throttled;
            return pending.Count;
        }, cancellationToken).ConfigureAwait(false);

        failures.AddRange(pending.Select(p => $"{p.Id}: {lastThrottle[p.Id]?.ToString() ?? "throttled"} (still throttled after retries)"));
        return new IndexWriteResult(updated, unchanged, missing, failures);
    }

    private BulkUpdate Update(SessionUserType session)
    {
        var doc = new JsonObject { [KeywordTwin.UserType.Source] = session.UserType };
        if (WritesKeywordTwin)
        {
            doc[KeywordTwin.UserType.Twin] = session.UserType;
        }

        return new BulkUpdate(_index, session.SessionId, doc);
    }
}
