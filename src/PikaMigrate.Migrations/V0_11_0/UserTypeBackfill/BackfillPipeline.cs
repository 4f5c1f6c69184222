using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Core.Progress;
using PikaMigrate.DynamoDb;
using PikaMigrate.Migrations.V0_11_0.UserTypeMirror;

namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>
/// Scans the segments in parallel and, page by page, looks up the users and writes user_type (or, without a
/// writer, only counts what it would write). Within a segment the next page is scanned while the current
/// one is written, and pages finish in order, each followed by its checkpoint; writes of all segments share
/// one limit of calls in flight. At most two pages per segment are held, whatever the table's size.
/// </summary>
internal sealed class BackfillPipeline(
    IAmazonDynamoDB client,
    BackfillOptions options,
    UserTypeDirectory directory,
    ConditionalUserTypeWriter? writer,
    ISessionUserTypeIndexWriter? index,
    BaselineFold? baseline,
    RequestTally requests,
    FailureList failures,
    IStepReporter reporter,
    long? expectedSessions)
{
    /// <summary>Called after each page's writes (and index writes) are acknowledged, in page order per segment.</summary>
    public delegate Task PageDone(SegmentStart segment, IReadOnlyDictionary<string, string>? lastKey, CancellationToken cancellationToken);

    /// <summary>
    /// A segment's first page, when pages are otherwise DynamoDB's 1 MB: small, so the first writes go out while the
    /// full pages behind it are read, instead of after a whole megabyte (and its users) per segment.
    /// </summary>
    private const int FirstPageSessions = 100;

    private readonly SemaphoreSlim _writeSlots = new(options.MaxWritesInFlight, options.MaxWritesInFlight);
    private IReadOnlyList<SegmentStart> _segments = [];

    public async Task RunAsync(IReadOnlyList<SegmentStart> segments, int totalSegments, PageDone pageDone, CancellationToken cancellationToken)
    {
        _segments = segments;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var running = segments.Where(s => !s.Done).Select(async segment =>
        {
            try
            {
                await RunSegmentAsync(segment, totalSegments, pageDone, stop.Token).ConfigureAwait(false);
            }
            catch
            {
                // One segment failing stops the others; their checkpoints so far stay valid.
                await stop.CancelAsync().ConfigureAwait(false);
                throw;
            }
        }).ToList();
        try
        {
            await Task.WhenAll(running).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Report the failure that stopped the run, not the cancellations it caused.
            var cause = running.Select(t => t.Exception?.InnerException).FirstOrDefault(e => e is not null and not OperationCanceledException);
            if (cause is null)
            {
                throw;
            }

            ExceptionDispatchInfo.Throw(cause);
        }

        Report();
    }

    private async Task RunSegmentAsync(SegmentStart segment, int totalSegments, PageDone pageDone, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pages = Channel.CreateBounded<ScannedPage>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        var scanning = ScanAsync(segment, totalSegments, pages.Writer, stop.Token);
        try
        {
            await foreach (var page in pages.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                if (page.Baseline is { } share)
                {
                    segment.Baseline!.Add(share);
                }

                await ProcessPageAsync(segment.Tally, page, mirrorTyped: segment.MirrorTyped, stop.Token).ConfigureAwait(false);
                await pageDone(segment, page.LastKey, stop.Token).ConfigureAwait(false);
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await scanning.ConfigureAwait(false);
        }
    }

    /// <summary>Feeds the segment's pages to the channel; a failure completes the channel with it (never throws).</summary>
    private async Task ScanAsync(SegmentStart segment, int totalSegments, ChannelWriter<ScannedPage> pages, CancellationToken cancellationToken)
    {
        try
        {
            var request = new ScanRequest
            {
                TableName = options.SessionTable,
                Segment = segment.Segment,
                TotalSegments = totalSegments,
                ExclusiveStartKey = segment.StartKey?.ToDictionary(kv => kv.Key, kv => new AttributeValue { S = kv.Value }),
                Limit = options.ScanPageSize ?? FirstPageSessions,
            };
            if (baseline is null)
            {
                // Taking the baseline needs whole items; otherwise the keys and user_type are all a page needs.
                request.ProjectionExpression = "#user, #session, #type";
                request.ExpressionAttributeNames = new Dictionary<string, string> { ["#user"] = "user_id", ["#session"] = "session_id", ["#type"] = "user_type" };
            }

            await foreach (var response in ScanPages.ReadAsync(client, request, cancellationToken).ConfigureAwait(false))
            {
                request.Limit = options.ScanPageSize;
                requests.Scan();
                var lastKey = response.LastEvaluatedKey is { Count: > 0 } next ? ToStringKey(next) : null;
                var items = response.Items ?? [];
                await pages.WriteAsync(new ScannedPage([.. items.Select(ToSession)], lastKey, baseline?.Digest(items)), cancellationToken).ConfigureAwait(false);

                // Wait for room before asking for the next page, so a page is only read when the one before it is being written.
                if (!await pages.WaitToWriteAsync(cancellationToken).ConfigureAwait(false))
                {
                    return;
                }
            }

            pages.TryComplete();
        }
        catch (Exception e)
        {
            pages.TryComplete(e);
        }
    }

    private async Task ProcessPageAsync(BackfillTally tally, ScannedPage page, bool mirrorTyped, CancellationToken cancellationToken)
    {
        var untyped = new List<ScannedSession>(page.Sessions.Count);
        var mirror = new List<SessionUserType>();
        foreach (var session in page.Sessions)
        {
            if (!session.HasUserType)
            {
                untyped.Add(session);
            }
            else if (mirrorTyped && session.UserType is { } type)
            {
                mirror.Add(new SessionUserType(session.SessionId, type));
            }
        }

        Interlocked.Add(ref tally.Scanned, page.Sessions.Count);
        Interlocked.Add(ref tally.Skipped, page.Sessions.Count - untyped.Count);
        Report();
        if (untyped.Count > 0)
        {
            var writes = await ResolveAsync(tally, untyped, cancellationToken).ConfigureAwait(false);
            if (writer is null)
            {
                Interlocked.Add(ref tally.Updated, writes.Count);
            }
            else
            {
                var outcomes = await Task.WhenAll(writes.Chunk(ConditionalUserTypeWriter.MaxStatementsPerCall)
                    .Select(batch => WriteAsync(writer, tally, batch, cancellationToken))).ConfigureAwait(false);
                // Sessions typed meanwhile are mirrored with the value found: it may be a write of an interrupted
                // run of ours that reached DynamoDB after that run died, and nothing else would mirror it.
                mirror.AddRange(outcomes.SelectMany(o => o)
                    .Where(o => o.FinalUserType is not null)
                    .Select(o => new SessionUserType(o.Write.SessionId, o.FinalUserType!)));
            }
        }

        if (index is not null && writer is not null && mirror.Count > 0)
        {
            var result = await index.WriteAsync(mirror, cancellationToken).ConfigureAwait(false);
            Interlocked.Add(ref tally.IndexUpdated, result.Updated);
            Interlocked.Add(ref tally.IndexUnchanged, result.Unchanged);
            Interlocked.Add(ref tally.IndexMissingDocuments, result.MissingDocuments);
            Interlocked.Add(ref tally.IndexErrors, result.Failures.Count);
            foreach (var failure in result.Failures)
            {
                failures.Add($"search index: {failure}");
            }
        }
    }

    /// <summary>The writes for a page's untyped sessions; sessions whose user could not be read are errors, never defaulted.</summary>
    private async Task<List<SessionWrite>> ResolveAsync(BackfillTally tally, List<ScannedSession> untyped, CancellationToken cancellationToken)
    {
        var lookup = await directory.ResolveAsync(untyped.Select(s => s.UserId).ToHashSet(StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
        Interlocked.Add(ref tally.UserCacheLookups, untyped.Count);
        Interlocked.Add(ref tally.UserDbLookups, lookup.Fetched);
        Interlocked.Add(ref tally.UsersMissing, lookup.FetchedMissing);
        Interlocked.Add(ref tally.UsersWithoutType, lookup.FetchedWithoutType);
        var writes = new List<SessionWrite>(untyped.Count);
        foreach (var session in untyped)
        {
            var user = lookup.Users[session.UserId];
            if (user.Kind == UserLookupKind.Failed)
            {
                Interlocked.Increment(ref tally.Errors);
                failures.Add($"{session.UserId}/{session.SessionId}: not written, {user.Failure}");
            }
            else
            {
                writes.Add(new SessionWrite(session.UserId, session.SessionId, user.UserType!));
            }
        }

        return writes;
    }

    private async Task<IReadOnlyList<WriteOutcome>> WriteAsync(ConditionalUserTypeWriter sessions, BackfillTally tally, SessionWrite[] batch, CancellationToken cancellationToken)
    {
        IReadOnlyList<WriteOutcome> outcomes;
        double capacity;
        await _writeSlots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            (outcomes, capacity) = await sessions.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeSlots.Release();
        }

        // Whole units per call: a standard write costs whole write capacity units.
        Interlocked.Add(ref tally.WriteCapacityUnits, (long)Math.Ceiling(capacity));

        foreach (var outcome in outcomes)
        {
            switch (outcome.Kind)
            {
                case WriteOutcomeKind.Updated:
                    Interlocked.Increment(ref tally.Updated);
                    break;
                case WriteOutcomeKind.TypedMeanwhile:
                    Interlocked.Increment(ref tally.TypedMeanwhile);
                    break;
                case WriteOutcomeKind.DeletedMeanwhile:
                    Interlocked.Increment(ref tally.DeletedMeanwhile);
                    break;
                default:
                    Interlocked.Increment(ref tally.Errors);
                    failures.Add($"{outcome.Write.UserId}/{outcome.Write.SessionId}: {outcome.Failure}");
                    break;
            }
        }

        Report();
        return outcomes;
    }

    private void Report()
    {
        var sum = BackfillTally.Sum(_segments.Select(s => s.Tally));
        var verb = writer is null ? "would update" : "updated";
        reporter.Progress(new ProgressReport(
            $"Progress: {sum.Scanned} scanned, {sum.Updated} {verb}, {sum.Skipped} skipped",
            sum.Scanned,
            expectedSessions is > 0 ? Math.Max(expectedSessions.Value, sum.Scanned) : null));
    }

    private static ScannedSession ToSession(Dictionary<string, AttributeValue> item)
    {
        var hasType = item.TryGetValue("user_type", out var type);
        return new ScannedSession(item["user_id"].S, item["session_id"].S, hasType, hasType ? type!.S : null);
    }

    private static Dictionary<string, string> ToStringKey(Dictionary<string, AttributeValue> key) =>
        key.ToDictionary(kv => kv.Key, kv => kv.Value.S ?? throw new InvalidOperationException($"The key attribute '{kv.Key}' is not a string."), StringComparer.Ordinal);
}
