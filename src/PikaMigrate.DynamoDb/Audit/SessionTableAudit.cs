using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.Core.Digests;
using PikaMigrate.Core.Progress;
using PikaMigrate.Core.Sessions;

namespace PikaMigrate.DynamoDb.Audit;

/// <summary>
/// Reads the whole chat-session table once (parallel segments, page by page) and reports what verify needs:
/// the digest of the original attributes, the sessions still without user_type, and — when an index reader is
/// given — whether each session's search document holds the same user_type and its keyword twin.
/// </summary>
public sealed class SessionTableAudit(IAmazonDynamoDB client, string sessionTable, int segments = 8)
{
    public const string AddedAttribute = "user_type";
    private const int ExamplesPerFinding = 5;

    public async Task<SessionTableAuditResult> RunAsync(ISessionIndexReader? index, IProgress<ProgressReport>? progress, CancellationToken cancellationToken)
    {
        var digest = new ContentDigest();
        var examples = new ConcurrentDictionary<string, ConcurrentQueue<string>>(StringComparer.Ordinal);
        long sessions = 0, withoutUserType = 0, indexChecked = 0, mismatches = 0, missingDocuments = 0, twinMissing = 0;

        void Example(string finding, string sessionId)
        {
            var queue = examples.GetOrAdd(finding, _ => new ConcurrentQueue<string>());
            if (queue.Count < ExamplesPerFinding)
            {
                queue.Enqueue(sessionId);
            }
        }

        await Parallel.ForEachAsync(Enumerable.Range(0, segments), new ParallelOptions { MaxDegreeOfParallelism = segments, CancellationToken = cancellationToken }, async (segment, ct) =>
        {
            var buffer = new ArrayBufferWriter<byte>(4096);
            var request = new ScanRequest { TableName = sessionTable, Segment = segment, TotalSegments = segments };
            await foreach (var page in ScanPages.ReadAsync(client, request, ct).ConfigureAwait(false))
            {
                var typed = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var item in page.Items ?? [])
                {
                    buffer.ResetWrittenCount();
                    using (var writer = new Utf8JsonWriter(buffer))
                    {
                        AttributeValueCanonicalizer.WriteItem(writer, item, AddedAttribute);
                    }

                    digest.Add(buffer.WrittenSpan);
                    var sessionId = item.TryGetValue("session_id", out var id) ? id.S ?? string.Empty : string.Empty;
                    if (item.TryGetValue(AddedAttribute, out var userType) && userType.S is { } type)
                    {
                        // The indexing Lambda skips mock sessions, so they have no document to compare.
                        if (!(item.TryGetValue("test_type", out var test) && test.S == "mock"))
                        {
                            typed[sessionId] = type;
                        }
                    }
                    else
                    {
                        Interlocked.Increment(ref withoutUserType);
                        Example("without user_type", sessionId);
                    }
                }

                if (index is not null && typed.Count > 0)
                {
                    var documents = await index.ReadUserTypesAsync([.. typed.Keys], ct).ConfigureAwait(false);
                    Interlocked.Add(ref indexChecked, typed.Count);
                    foreach (var (sessionId, type) in typed)
                    {
                        if (!documents.TryGetValue(sessionId, out var document))
                        {
                            Interlocked.Increment(ref missingDocuments);
                            Example("no search document", sessionId);
                        }
                        else if (document.UserType != type)
                        {
                            Interlocked.Increment(ref mismatches);
                            Example("user_type differs from DynamoDB", sessionId);
                        }
                        else if (document.UserTypeKeyword != type)
                        {
                            Interlocked.Increment(ref twinMissing);
                            Example("user_type_keyword missing or different", sessionId);
                        }
                    }
                }

                var scanned = Interlocked.Add(ref sessions, page.Items?.Count ?? 0);
                progress?.Report(new ProgressReport($"{scanned} chat-session items read", scanned, null));
            }
        }).ConfigureAwait(false);

        return new SessionTableAuditResult(
            sessions,
            withoutUserType,
            digest.ToString(),
            index is null ? null : indexChecked,
            mismatches,
            missingDocuments,
            twinMissing,
            examples.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)[.. kv.Value], StringComparer.Ordinal));
    }
}
