using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.Core.Progress;
using PikaMigrate.DynamoDb;
using PikaMigrate.Migrations.V0_11_0.UserTypeMirror;

namespace PikaMigrate.Migrations.V0_11_0.Verification;

/// <summary>
/// Reads the whole chat-session table once (parallel segments, page by page) and reports what verify needs: the
/// sessions still without user_type (and how many of them were created since a given time) and, when an index reader
/// is given, the typed sessions whose search document holds another user_type or is missing.
/// </summary>
public sealed class SessionTableAudit(IAmazonDynamoDB client, string sessionTable, int segments = 8)
{
    /// <param name="createdSince">Untyped sessions created at or after this time are also counted apart (e.g. since B1 ran).</param>
    public async Task<SessionTableAuditResult> RunAsync(ISessionIndexReader? index, DateTimeOffset? createdSince, IProgress<ProgressReport>? progress, CancellationToken cancellationToken)
    {
        var withoutUserType = new SessionFinding();
        var otherUserType = new SessionFinding();
        long sessions = 0, indexChecked = 0, missingDocuments = 0, untypedSince = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, segments), new ParallelOptions { MaxDegreeOfParallelism = segments, CancellationToken = cancellationToken }, async (segment, ct) =>
        {
            var request = new ScanRequest { TableName = sessionTable, Segment = segment, TotalSegments = segments };
            await foreach (var page in ScanPages.ReadAsync(client, request, ct).ConfigureAwait(false))
            {
                var typed = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var item in page.Items ?? [])
                {
                    var sessionId = item.TryGetValue("session_id", out var id) ? id.S ?? string.Empty : string.Empty;
                    if (!(item.TryGetValue(SessionTableDigest.AddedAttribute, out var userType) && userType.S is { } type))
                    {
                        withoutUserType.Add(sessionId);
                        if (createdSince is { } since && !SessionCreation.IsBefore(item.TryGetValue(SessionCreation.Field, out var created) ? created.S : null, since))
                        {
                            Interlocked.Increment(ref untypedSince);
                        }
                    }
                    else if (!(item.TryGetValue("test_type", out var test) && test.S == "mock"))
                    {
                        // The indexing Lambda skips mock sessions, so they have no document to compare.
                        typed[sessionId] = type;
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
                        }
                        else if (document.UserType != type)
                        {
                            otherUserType.Add(sessionId);
                        }
                    }
                }

                var scanned = Interlocked.Add(ref sessions, page.Items?.Count ?? 0);
                progress?.Report(new ProgressReport($"{scanned} chat-session items read", scanned, null));
            }
        }).ConfigureAwait(false);

        return new SessionTableAuditResult(
            sessions,
            withoutUserType.Result(),
            untypedSince,
            index is null ? null : new IndexAgreement(indexChecked, otherUserType.Result(), missingDocuments));
    }
}
