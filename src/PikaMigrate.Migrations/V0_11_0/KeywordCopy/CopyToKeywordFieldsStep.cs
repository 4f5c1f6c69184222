using System.Text.Json.Nodes;
using PikaMigrate.Core;
using PikaMigrate.Core.Migrations;
using PikaMigrate.Core.Progress;
using PikaMigrate.Migrations.V0_11_0.Twins;
using PikaMigrate.Migrations.V0_11_0.Verification;
using PikaMigrate.OpenSearch.Http;
using PikaMigrate.OpenSearch.Model;
using PikaMigrate.OpenSearch.Search;
using PikaMigrate.OpenSearch.Tasks;

namespace PikaMigrate.Migrations.V0_11_0.KeywordCopy;

/// <summary>
/// Guide step A2: copies invocation_mode, user_type and source into their keyword twins with an
/// <c>_update_by_query</c> task (never a synchronous call, which the AWS load balancer cuts off with 504), only on
/// documents whose twin is missing or differs. Documents that hit version conflicts (a concurrent writer) are
/// picked up by further rounds; the task id is checkpointed so a killed run's successor re-attaches to it.
/// Verifies by counting, per pair, the documents still lacking or disagreeing.
/// </summary>
public sealed class CopyToKeywordFieldsStep(OpenSearchClient client, string index, CopyToKeywordFieldsOptions? options = null) : IMigrationStep
{
    private const int FailureLines = 20;
    private readonly CopyToKeywordFieldsOptions _options = options ?? new CopyToKeywordFieldsOptions();
    private readonly TwinValueCounter _counter = new(client, index);

    public StepInfo Info => GuideSteps.A2.Info;

    public async Task<StepPlan> PlanAsync(StepContext context, CancellationToken cancellationToken)
    {
        await OpenSearchPreflight.RequireIndexAsync(client, index, cancellationToken).ConfigureAwait(false);
        var mapping = await client.GetMappingAsync(index, cancellationToken).ConfigureAwait(false);
        var pending = new List<(KeywordTwin Pair, long Count)>();
        foreach (var pair in KeywordTwin.All)
        {
            var finding = await _counter.CountAsync(TwinFields.Resolve(mapping, pair), cancellationToken).ConfigureAwait(false);
            pending.Add((pair, finding.Pending));
        }

        var selected = (await SelectAsync(mapping, cancellationToken).ConfigureAwait(false)).Count;
        var hasWork = pending.Any(p => p.Count > 0);
        var summary = hasWork
            ? $"would set keyword twins ({string.Join(", ", pending.Select(p => $"{p.Pair.Twin}: {p.Count}"))}); the update_by_query would visit {selected} documents"
            : $"every keyword twin already equals its field ({selected} documents would be visited, none changed)";
        List<Figure> figures = [.. pending.Select(p => new Figure($"would copy {p.Pair.Source}", p.Count)), new Figure("documents selected", selected)];
        string rate;
        if (_options.RequestsPerSecond is { } perSecond)
        {
            var seconds = PacedWork.Seconds(selected, perSecond);
            figures.Add(new Figure("Estimated copy time (s)", seconds));
            rate = $"Rate: --requests-per-second {perSecond:0.##} (documents per second): the update_by_query visits {selected} documents in {PacedWork.Duration(seconds)}.";
        }
        else
        {
            rate = "Rate: unthrottled (no --requests-per-second): the update_by_query runs as fast as the domain allows; --requests-per-second N spares a busy domain and gives an estimate.";
        }

        return new StepPlan(Info, hasWork, summary, figures, []) { Notes = [rate] };
    }

    public async Task<StepOutcome> ApplyAsync(StepContext context, CancellationToken cancellationToken)
    {
        var report = context.Reporter;
        var (documents, mapping) = await CheckIndexAsync(report, cancellationToken).ConfigureAwait(false);
        var checkpoint = CopyCheckpoint.Parse(await context.Checkpoints.ReadAsync(CopyCheckpoint.Key, cancellationToken).ConfigureAwait(false));
        var attachTo = checkpoint?.TaskId ?? await FindRunningCopyAsync(cancellationToken).ConfigureAwait(false);
        var target = await SelectAsync(mapping, cancellationToken).ConfigureAwait(false);
        report.Line($"Copying fields to keyword variants for {target.Count} documents...");
        foreach (var pair in KeywordTwin.All)
        {
            report.Line($"  - {pair}");
        }

        report.Line("This may take a while for large datasets...");
        var failures = new List<string>();
        var rounds = await CopyInRoundsAsync(context, checkpoint?.Rounds.ToList() ?? [], attachTo, target, failures, cancellationToken).ConfigureAwait(false);

        report.Line("Verifying the copy...");
        var verification = await VerifyCountsAsync(cancellationToken).ConfigureAwait(false);
        await context.Checkpoints.DeleteAsync(CopyCheckpoint.Key, cancellationToken).ConfigureAwait(false);
        return Outcome(documents, rounds, failures, verification);
    }

    public async Task<IReadOnlyList<CheckResult>> VerifyAsync(StepContext context, CancellationToken cancellationToken)
    {
        // The twins' mapping is A1's check; this step answers for their values.
        var audit = await new SessionIndexAudit(client, index).RunAsync(cancellationToken).ConfigureAwait(false);
        return audit.ValueChecks();
    }

    /// <summary>The guide's opening checks: the index exists, the twins are mapped (else nothing is written), and its size.</summary>
    private async Task<(long Documents, IndexMapping Mapping)> CheckIndexAsync(IStepReporter report, CancellationToken cancellationToken)
    {
        report.Line("Starting field copy from text fields to keyword variants...");
        report.Line($"Checking if {index} exists...");
        await OpenSearchPreflight.RequireIndexAsync(client, index, cancellationToken).ConfigureAwait(false);
        var mapping = await client.GetMappingAsync(index, cancellationToken).ConfigureAwait(false);
        RequireTwinsMapped(mapping);

        report.Line("Counting all documents...");
        var documents = await client.CountAsync(index, QueryDsl.MatchAll(), cancellationToken).ConfigureAwait(false);
        report.Line($"Found {documents} total documents");
        return (documents, mapping);
    }

    /// <summary>
    /// Rounds of update_by_query until none hits a version conflict (a concurrent writer), one fails, or the rounds
    /// run out; each round's figures are checkpointed, so a killed run's successor carries on from them.
    /// </summary>
    private async Task<List<CopyRound>> CopyInRoundsAsync(
        StepContext context, List<CopyRound> rounds, string? attachTo, CopySelection target, List<string> failures, CancellationToken cancellationToken)
    {
        while (rounds.Count < _options.MaxRounds && (attachTo is not null || target.Count > 0))
        {
            var (taskId, result, attached) = await RunRoundAsync(context, rounds, attachTo, target, failures, cancellationToken).ConfigureAwait(false);
            rounds.Add(new CopyRound(rounds.Count + 1, taskId, attached, result is null ? CopyTotals.Zero : CopyTotals.Of(result)));
            await context.Checkpoints.WriteAsync(CopyCheckpoint.Key, new CopyCheckpoint(null, rounds).ToJson(), cancellationToken).ConfigureAwait(false);
            attachTo = null;
            if (failures.Count > 0 || result is { Status.VersionConflicts: 0 })
            {
                break;
            }

            if (result is not null)
            {
                context.Reporter.Line($"{result.Status.VersionConflicts} documents changed while being copied (version conflicts); running again for the remaining documents...");
            }

            target = await SelectAsync(await client.GetMappingAsync(index, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }

        if (rounds.Count > 0 && rounds[^1].Figures.VersionConflicts > 0 && failures.Count == 0)
        {
            failures.Add($"{rounds[^1].Figures.VersionConflicts} documents still hit version conflicts after {rounds.Count} rounds (another writer keeps changing them); run the command again.");
        }

        return rounds;
    }

    /// <summary>
    /// One update_by_query: the task an earlier run left running, re-attached, or a new one; recorded before the first
    /// poll (from then on a killed run's successor re-attaches), then followed with live progress until it completes.
    /// </summary>
    /// <returns>The task and its result (a null result when the task failed or the cluster forgot it), and whether this run attached to a task it did not see start.</returns>
    private async Task<(string? TaskId, BulkByScrollResponse? Result, bool Attached)> RunRoundAsync(
        StepContext context, IReadOnlyList<CopyRound> rounds, string? attachTo, CopySelection target, List<string> failures, CancellationToken cancellationToken)
    {
        var report = context.Reporter;
        var taskId = attachTo;
        var attached = attachTo is not null;
        BulkByScrollResponse? result = null;
        if (attachTo is not null)
        {
            report.Line($"Re-attaching to update_by_query task {attachTo}, started by an earlier run, instead of starting another");
        }
        else
        {
            var start = await new ByQueryTaskStarter(client, _options.Start).StartAsync(
                index,
                new UpdateByQueryRequest(target.Query, KeywordCopyScript.Source, ScrollSize: _options.ScrollSize, Slices: _options.Slices, RequestsPerSecond: _options.RequestsPerSecond),
                report.Line,
                cancellationToken).ConfigureAwait(false);
            (taskId, result, attached) = (start.TaskId, start.Finished, start.FoundAfterLostAnswer);
        }

        if (taskId is not null)
        {
            await context.Checkpoints.WriteAsync(CopyCheckpoint.Key, new CopyCheckpoint(taskId, rounds).ToJson(), cancellationToken).ConfigureAwait(false);
            var task = await new ByQueryTaskWatcher(client, _options.PollInterval, _options.Clock).WaitAsync(taskId, status => report.Progress(Progress(status, target.Count)), cancellationToken).ConfigureAwait(false);
            result = Completed(task, taskId, failures, report);
        }

        if (result is not null)
        {
            report.Progress(Progress(result.Status, target.Count));
            failures.AddRange((result.Failures ?? []).Select(f => f.ToString()));
        }

        return (taskId, result, attached);
    }

    /// <summary>The guide's figures summed over the rounds, the failures kept readable, and the counts behind the verdict.</summary>
    private StepOutcome Outcome(long documents, IReadOnlyList<CopyRound> rounds, List<string> failures, IReadOnlyList<TwinValueFinding> verification)
    {
        var totals = rounds.Aggregate(CopyTotals.Zero, (sum, round) => sum.Plus(round.Figures));
        var shown = failures.Count > FailureLines ? [.. failures.Take(FailureLines), $"... and {failures.Count - FailureLines} more"] : failures;
        return new StepOutcome(
            Info,
            failures.Count == 0 && verification.All(v => v.Holds),
            $"{totals.Updated} documents updated, {totals.Noops} already up to date, in {rounds.Count} round(s)",
            [
                new Figure("Total", totals.Total),
                new Figure("Updated", totals.Updated),
                new Figure("Deleted", totals.Deleted),
                new Figure("Batches", totals.Batches),
                new Figure("Version conflicts", totals.VersionConflicts),
                new Figure("Noops", totals.Noops),
                new Figure("Failures", totals.Failures),
            ],
            shown,
            new CopyToKeywordFieldsDetails(index, documents, rounds.Count > 0 ? rounds[0].Figures.Total : 0, totals, rounds, verification));
    }

    /// <summary>The documents the copy must visit, and how many there are.</summary>
    private async Task<CopySelection> SelectAsync(IndexMapping mapping, CancellationToken cancellationToken)
    {
        var query = await SelectionAsync(mapping, cancellationToken).ConfigureAwait(false);
        return new CopySelection(query, await client.CountAsync(index, query, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Documents whose twins are missing or differ, as far as a query can tell (see <see cref="TwinQueries"/>).</summary>
    private async Task<JsonObject> SelectionAsync(IndexMapping mapping, CancellationToken cancellationToken)
    {
        var clauses = new List<JsonObject>();
        foreach (var pair in KeywordTwin.All)
        {
            var fields = TwinFields.Resolve(mapping, pair);
            clauses.Add(TwinQueries.NeedsCopy(fields, await _counter.DistinctValuesAsync(fields, cancellationToken).ConfigureAwait(false)));
        }

        return QueryDsl.AnyOf(clauses);
    }

    private void RequireTwinsMapped(IndexMapping mapping)
    {
        var unmapped = KeywordTwin.All.Where(p => mapping.Find(p.Twin) is null).Select(p => p.Twin).ToList();
        if (unmapped.Count > 0)
        {
            throw new PreflightException(
                $"{string.Join(", ", unmapped)} {(unmapped.Count == 1 ? "is" : "are")} not in the mapping of '{index}': copying now would let dynamic mapping type {(unmapped.Count == 1 ? "it" : "them")} as text for good.",
                $"Run `{GuideSteps.A1.Info.Command}` first (guide step A1).");
        }
    }

    /// <summary>A copy task of ours still running on this index, e.g. after a run was killed before it could record the task.</summary>
    private async Task<string?> FindRunningCopyAsync(CancellationToken cancellationToken)
    {
        var running = await client.ListTasksAsync(OpenSearchClient.UpdateByQueryAction, cancellationToken).ConfigureAwait(false);
        return running.FirstOrDefault(t => KeywordCopyScript.Describes(t.Description, index))?.Id;
    }

    private static BulkByScrollResponse? Completed(TaskResponse? task, string taskId, List<string> failures, IStepReporter report)
    {
        switch (task)
        {
            case null:
                report.Line($"Task {taskId} is no longer known to the cluster (its node may have restarted); selecting the remaining documents again...");
                return null;
            case { Error: { } error }:
                failures.Add($"update_by_query task {taskId} failed: {error}");
                return null;
            case { Response: { Canceled: { } reason } response }:
                failures.Add($"update_by_query task {taskId} was cancelled: {reason}");
                return response;
            default:
                return task.Response;
        }
    }

    private async Task<IReadOnlyList<TwinValueFinding>> VerifyCountsAsync(CancellationToken cancellationToken)
    {
        var mapping = await client.GetMappingAsync(index, cancellationToken).ConfigureAwait(false);
        var findings = new List<TwinValueFinding>();
        foreach (var pair in KeywordTwin.All)
        {
            findings.Add(await _counter.CountAsync(TwinFields.Resolve(mapping, pair), cancellationToken).ConfigureAwait(false));
        }

        return findings;
    }

    private static ProgressReport Progress(BulkByScrollStatus status, long selected)
    {
        var total = status.Total > 0 ? status.Total : selected;
        return new ProgressReport(
            $"Progress: {status.Processed} of {total} documents, {status.Updated} updated, {status.Noops} unchanged, {status.VersionConflicts} version conflicts",
            status.Processed,
            total);
    }
}
