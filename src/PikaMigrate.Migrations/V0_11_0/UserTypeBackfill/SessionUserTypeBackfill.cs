using System.Diagnostics;
using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.Runtime;
using PikaMigrate.Core;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Core.Progress;
using PikaMigrate.DynamoDb;
using PikaMigrate.DynamoDb.Retries;
using PikaMigrate.DynamoDb.Throughput;
using PikaMigrate.Migrations.V0_11_0.UserTypeMirror;
using PikaMigrate.Migrations.V0_11_0.Verification;

namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>
/// Guide step B1: sets user_type on every chat session that lacks it, from its user's chat-user item
/// (external-user where the user does not exist). Parallel segments, users read once in batches, conditional
/// writes that never re-create a deleted session or overwrite a value written meanwhile, per-segment
/// checkpoints after each page's writes, and (when given an index writer) the same user_type mirrored into
/// the sessions' search documents.
/// </summary>
public sealed class SessionUserTypeBackfill(
    IAmazonDynamoDB client,
    BackfillOptions options,
    ISessionUserTypeIndexWriter? indexWriter = null,
    ISessionIndexReader? indexReader = null) : IMigrationStep
{
    private const int MissingUsersShown = 20;

    /// <summary>The check that DynamoDB and OpenSearch agree; failing, it makes a run again mirror every typed session.</summary>
    private const string IndexAgreement = "OpenSearch user_type equals DynamoDB's";

    public StepInfo Info => GuideSteps.B1.Info;

    /// <summary>B1 reads every session before it writes it: it digests the chat-session table's baseline on the way.</summary>
    public bool TakesOwnBaseline => true;

    /// <summary>A read-only pass: what applying would write, with the users it would look up.</summary>
    public async Task<StepPlan> PlanAsync(StepContext context, CancellationToken cancellationToken)
    {
        Amazon.DynamoDBv2.Model.TableDescription sessions;
        try
        {
            (sessions, _) = await BackfillTables.DescribeAsync(client, options, cancellationToken).ConfigureAwait(false);
        }
        catch (PreflightException e)
        {
            return new StepPlan(Info, HasWork: false, e.Problem, [], [new Blocker(e.Problem, e.Fix)]);
        }

        var segments = options.Segments ?? BackfillOptions.DefaultSegments;
        var requests = new RequestTally();
        var directory = new UserTypeDirectory(client, options.UserTable, new DynamoDbRetry(options.Retry), requests, missingUsers: null);
        var pipeline = new BackfillPipeline(client, options, directory, writer: null, index: null, baseline: null, requests, new FailureList(), context.Reporter, sessions.ItemCount);
        var starts = Fresh(segments);
        await pipeline.RunAsync(starts, segments, static (_, _, _) => Task.CompletedTask, cancellationToken).ConfigureAwait(false);

        var sum = BackfillTally.Sum(starts.Select(s => s.Tally));
        var summary = $"{sum.Updated} sessions would get user_type ({sum.UserDbLookups} distinct users, {sum.UsersMissing} missing from chat-user); {sum.Skipped} already have it"
            + (sum.Errors > 0 ? $"; {sum.Errors} could not be planned (user lookups failed)" : string.Empty);
        var ceiling = Ceiling(sessions);
        var figures = BackfillFigures.Of(sum, sum.UsersMissing, index: false, rate: null).ToList();
        string estimate;
        if (ceiling.ItemsPerSecond is { } perSecond)
        {
            var seconds = PacedWork.Seconds(sum.Updated, perSecond);
            figures.Add(new Figure(BackfillFigures.RateCeiling, (long)Math.Round(perSecond)));
            figures.Add(new Figure(BackfillFigures.EstimatedSeconds, seconds));
            estimate = $"Estimated write time: {sum.Updated} writes at {perSecond:0.##} items/s, {PacedWork.Duration(seconds)} (slower if DynamoDB throttles).";
        }
        else
        {
            estimate = "Estimated write time: none without a ceiling; the writes go as fast as the table accepts them.";
        }

        return new StepPlan(Info, HasWork: sum.Updated + sum.Errors > 0, summary, figures, [])
        {
            Notes = [$"Write rate ceiling: {ceiling.Describe()}. --max-write-rate N sets another.", estimate],
        };
    }

    public async Task<StepOutcome> ApplyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var (sessions, _) = await BackfillTables.DescribeAsync(client, options, cancellationToken).ConfigureAwait(false);
        var checkpoints = new BackfillCheckpoints(context.Checkpoints);
        // Run again because documents disagree with DynamoDB: the sessions behind them are typed already, so only
        // mirroring every typed session reaches them (the stream re-indexes a session only when it changes).
        var mendIndex = indexWriter is not null && context.FailedChecks.Any(c => c.Name == IndexAgreement);
        var run = await ResumeOrStartAsync(checkpoints, TableIdentity.Of(sessions), context.Baselines, mendIndex, cancellationToken).ConfigureAwait(false);
        var rate = new AdaptiveWriteRate(Ceiling(sessions), TimeProvider.System, options.AdaptiveRate);
        WriteHeader(context.Reporter, run.Checkpoint.Segments, rate.Ceiling, run.Baseline is not null);
        if (mendIndex && !run.Resumed)
        {
            context.Reporter.Line("Documents disagreed with DynamoDB on user_type when this run began: every typed session's user_type is mirrored too, not only the ones this run writes.");
            context.Reporter.Line(string.Empty);
        }
        if (run.Resumed)
        {
            DescribeResume(context.Reporter, run);
        }

        context.Reporter.Line("Scanning chat sessions and updating with user types...");
        var requests = new RequestTally();
        var failures = new FailureList();
        await WriteAsync(run, checkpoints, new WritePacer(rate, TimeProvider.System), requests, failures, context.Reporter, sessions.ItemCount, cancellationToken).ConfigureAwait(false);

        var missing = await run.MissingUsers.FinishAsync(cancellationToken).ConfigureAwait(false);
        if (run.Baseline is { } baseline)
        {
            // Every segment was read to its end; recorded before the checkpoints that hold its parts go.
            await baseline.CompleteAsync(run.Starts.Select(s => s.Baseline!), cancellationToken).ConfigureAwait(false);
        }

        await checkpoints.ClearAsync(run.Checkpoint.Segments, cancellationToken).ConfigureAwait(false);
        return Outcome(run, missing, requests, failures, rate.Report(), clock.Elapsed);
    }

    /// <summary>
    /// Sessions without user_type (none = pass), naming those created since B1 last ran (the 0.10 code keeps creating
    /// them until 0.11 is deployed) and, with an index reader, DynamoDB and OpenSearch agreeing.
    /// </summary>
    public async Task<IReadOnlyList<CheckResult>> VerifyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var audit = new SessionTableAudit(client, options.SessionTable, options.Segments ?? BackfillOptions.DefaultSegments);
        var ran = context.LastRun?.Started;
        var result = await audit.RunAsync(indexReader, ran, new ReporterProgress(context.Reporter), cancellationToken).ConfigureAwait(false);
        var untyped = result.WithoutUserType;
        var since = result.WithoutUserTypeCreatedSince;
        var checks = new List<CheckResult>
        {
            new(
                "chat-session items have user_type",
                untyped.Count == 0,
                (untyped.Count, since) switch
                {
                    (0, _) => $"0 of {result.Sessions} sessions lack user_type",
                    var (count, window) when window == count => string.Create(CultureInfo.InvariantCulture, $"{window} sessions created after B1 ran on {ran:yyyy-MM-dd HH:mm:ss}Z have no user_type (of {result.Sessions} sessions)"),
                    var (count, window) when window > 0 => string.Create(CultureInfo.InvariantCulture, $"{count} of {result.Sessions} sessions lack user_type; {window} of them were created after B1 ran on {ran:yyyy-MM-dd HH:mm:ss}Z"),
                    var (count, _) => $"{count} of {result.Sessions} sessions lack user_type",
                },
                untyped.Examples,
                untyped.Count == 0 ? null
                : since > 0 ? $"Until Pika 0.11 is deployed, the 0.10 code creates sessions without user_type: deploy it, then run `pika-migrate migrate 0.11.0` once more (it types exactly these)."
                : $"Run {Info.Command}."),
        };
        if (result.Index is { } index)
        {
            var other = index.OtherUserType;
            checks.Add(new(
                IndexAgreement,
                other.Count == 0,
                $"{other.Count} of {index.Checked} typed sessions hold another user_type in OpenSearch ({index.MissingDocuments} have no document)",
                other.Examples,
                other.Count == 0 ? null : "The session-changed stream re-indexes a session when it changes; for the listed sessions, check the stream Lambda's logs and re-save them."));
        }

        return checks;
    }

    /// <summary>
    /// The interrupted run on this table to resume, with its segments' checkpoints and missing-users file, or a new
    /// run recorded before its first write. Fails before any write when the missing-users file cannot be written.
    /// The chat-session table's baseline, when the runner hands it over, is taken as the run scans; an interrupted run
    /// that did not take it cannot (its segments' first pages are read already), so it is recorded the usual way first.
    /// </summary>
    private async Task<BackfillRun> ResumeOrStartAsync(
        BackfillCheckpoints checkpoints, TableIdentity table, IReadOnlyList<PendingBaseline> baselines, bool mirrorTyped, CancellationToken cancellationToken)
    {
        var ours = baselines.SingleOrDefault(b => b.Baseline.Name == SessionTableDigest.NameOf(options.SessionTable));
        foreach (var other in baselines.Where(b => b != ours))
        {
            await other.RecordNowAsync(cancellationToken).ConfigureAwait(false);
        }

        var interrupted = await checkpoints.OpenAsync(table, cancellationToken).ConfigureAwait(false);
        if (ours is not null && interrupted is { Run.BaselineCreatedBefore: null })
        {
            await ours.RecordNowAsync(cancellationToken).ConfigureAwait(false);
            ours = null;
        }

        var run = interrupted is { } found
            ? Resumed(found.Run, found.Segments, ours is null ? null : new BaselineFold(ours, options.SessionTable, found.Run.BaselineCreatedBefore!.Value))
            : NewRun(table, ours, mirrorTyped);
        await run.MissingUsers.StartAsync(resume: run.Resumed, cancellationToken).ConfigureAwait(false);
        if (!run.Resumed)
        {
            await checkpoints.StartAsync(run.Checkpoint, cancellationToken).ConfigureAwait(false);
        }

        return run;
    }

    private BackfillRun NewRun(TableIdentity table, PendingBaseline? baseline, bool mirrorTyped)
    {
        var fold = baseline is null ? null : new BaselineFold(baseline, options.SessionTable, baseline.CreatedBefore);
        var checkpoint = new RunCheckpoint(Guid.NewGuid().ToString("N"), table, options.Segments ?? BackfillOptions.DefaultSegments, Path.GetFullPath(options.MissingUsersFile), fold?.CreatedBefore);
        return new BackfillRun(checkpoint, Fresh(checkpoint.Segments, fold is not null, mirrorTyped), Resumed: false, new MissingUsersFile(checkpoint.MissingUsersFile), fold);
    }

    private static BackfillRun Resumed(RunCheckpoint run, SegmentCheckpoint?[] segments, BaselineFold? fold) => new(
        run,
        [.. segments.Select((c, i) => new SegmentStart(
            i, c?.LastKey, c?.Done ?? false, c?.Figures ?? new BackfillTally(), MirrorTyped: true, fold is null ? null : BaselinePart.Restore(c?.Baseline, c?.BaselineLeftOut ?? 0)))],
        Resumed: true,
        new MissingUsersFile(run.MissingUsersFile),
        fold);

    /// <summary>
    /// The pipeline over every segment not done, each page's checkpoint saved once its writes are acknowledged. DynamoDB
    /// refusing the first reads or writes (nothing written yet) is a preflight error naming the permissions.
    /// </summary>
    private async Task WriteAsync(
        BackfillRun run, BackfillCheckpoints checkpoints, WritePacer pacer, RequestTally requests, FailureList failures, IStepReporter reporter, long? expectedSessions, CancellationToken cancellationToken)
    {
        var retry = new DynamoDbRetry(options.Retry);
        var directory = new UserTypeDirectory(client, options.UserTable, retry, requests, run.MissingUsers);
        var writer = new ConditionalUserTypeWriter(client, options.SessionTable, retry, pacer, requests);
        var pipeline = new BackfillPipeline(client, options, directory, writer, indexWriter, run.Baseline, requests, failures, reporter, expectedSessions);
        var updatedBefore = run.Starts.Sum(s => s.Tally.Updated);
        try
        {
            await pipeline.RunAsync(run.Starts, run.Checkpoint.Segments, (segment, lastKey, ct) => checkpoints.SaveAsync(
                segment.Segment,
                new SegmentCheckpoint(run.Checkpoint.RunId, lastKey, lastKey is null, segment.Tally.Copy(), segment.Baseline?.Digest.ToString(), segment.Baseline?.LeftOut ?? 0),
                ct), cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonServiceException e) when (DynamoDbErrors.IsAccessDenied(e) && run.Starts.Sum(s => s.Tally.Updated) == updatedBefore)
        {
            throw new PreflightException(
                $"DynamoDB refused the backfill's reads or writes: {e.Message}",
                $"Grant dynamodb:Scan on '{options.SessionTable}', dynamodb:BatchGetItem on '{options.UserTable}' and dynamodb:PartiQLUpdate on '{options.SessionTable}'.",
                e);
        }
    }

    /// <summary>The whole run's figures (an interrupted run's included), its summary, and what the closing block shows.</summary>
    private StepOutcome Outcome(BackfillRun run, IReadOnlyList<string> missing, RequestTally requests, FailureList failures, WriteRateReport rate, TimeSpan elapsed)
    {
        var sum = BackfillTally.Sum(run.Starts.Select(s => s.Tally));
        var summary = $"{sum.Updated} sessions updated, {sum.Skipped} skipped (already had user_type)"
            + (sum.TypedMeanwhile + sum.DeletedMeanwhile > 0 ? $", {sum.TypedMeanwhile} typed and {sum.DeletedMeanwhile} deleted meanwhile" : string.Empty)
            + (sum.Errors > 0 ? $", {sum.Errors} not finished (errors)" : string.Empty)
            + (sum.IndexErrors > 0 ? $", {sum.IndexErrors} search documents not updated" : string.Empty);
        return new StepOutcome(
            Info,
            sum.Errors == 0 && sum.IndexErrors == 0,
            summary,
            BackfillFigures.Of(sum, missing.Count, index: indexWriter is not null, rate),
            failures.Lines(sum.Errors + sum.IndexErrors),
            new BackfillDetails(
                options.SessionTable,
                options.UserTable,
                run.Checkpoint.Segments,
                run.Resumed,
                run.MissingUsers.Path,
                [.. missing.Take(MissingUsersShown)],
                indexWriter is not null,
                indexWriter?.WritesKeywordTwin == true,
                requests.Snapshot(),
                Math.Round(elapsed.TotalSeconds, 2),
                rate));
    }

    /// <summary>The operator's ceiling, else a share of the table's write capacity (user_type is what each write sets).</summary>
    private WriteRateCeiling Ceiling(Amazon.DynamoDBv2.Model.TableDescription sessions) =>
        options.MaxWriteRate is { } requested ? WriteRateCeiling.Requested(requested) : WriteRateCeiling.Of(sessions, SessionTableDigest.AddedAttribute);

    private static SegmentStart[] Fresh(int segments, bool takingBaseline = false, bool mirrorTyped = false) =>
        [.. Enumerable.Range(0, segments).Select(i => new SegmentStart(i, null, false, new BackfillTally(), mirrorTyped, takingBaseline ? BaselinePart.Restore(null, 0) : null))];

    /// <summary>The guide's opening lines, plus how the run is split.</summary>
    private void WriteHeader(IStepReporter reporter, int segments, WriteRateCeiling ceiling, bool takingBaseline)
    {
        reporter.Line("Starting migration: Add userType to chat sessions");
        reporter.Line("Environment:");
        if (options.Stage is not null)
        {
            reporter.Line($"  Stage: {options.Stage}");
        }

        if (options.Project is not null)
        {
            reporter.Line($"  Project: {options.Project}");
        }

        reporter.Line($"  Chat Session Table: {options.SessionTable}");
        reporter.Line($"  Chat User Table: {options.UserTable}");
        reporter.Line($"  Parallel scan segments: {segments}");
        reporter.Line($"  Write rate ceiling: {ceiling.Describe()}");
        if (takingBaseline)
        {
            reporter.Line($"  Additive-only baseline: digested as the scan reads each page, before its writes (one read of {options.SessionTable} for both)");
        }
        reporter.Line(indexWriter switch
        {
            null => "  OpenSearch: not updated by this run (PIKA_DOMAIN_ENDPOINT is not set)",
            { WritesKeywordTwin: true } => "  OpenSearch: user_type and user_type_keyword written to each session's document",
            _ => $"  OpenSearch: user_type written to each session's document; user_type_keyword is not mapped as keyword yet, so it is left for A1 ({GuideSteps.A1.Info.Command}) and A2",
        });
        reporter.Line(string.Empty);
    }

    private void DescribeResume(IStepReporter reporter, BackfillRun resumed)
    {
        var (run, starts) = (resumed.Checkpoint, resumed.Starts);
        var sum = BackfillTally.Sum(starts.Select(s => s.Tally));
        reporter.Line($"Resuming the interrupted run: {starts.Count(s => s.Done)} of {run.Segments} segments done, {sum.Scanned} sessions already scanned.");
        if (options.Segments is { } asked && asked != run.Segments)
        {
            reporter.Line($"Keeping the interrupted run's {run.Segments} segments (its checkpoints are per segment); --segments {asked} applies to a new run.");
        }

        if (Path.GetFullPath(options.MissingUsersFile) != run.MissingUsersFile)
        {
            reporter.Line($"Missing users go to the interrupted run's file, {run.MissingUsersFile}.");
        }
    }
}
