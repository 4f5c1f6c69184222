using System.Globalization;
using System.Text.Json;
using PikaMigrate.Core.Checkpoints;
using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Core.Running;

/// <summary>
/// Records each store's baseline digest in the ledger before the first write to it, once per incarnation of the store, and
/// compares it with the store's digest now (the guide promises additive-only changes; this proves it). Records created
/// after the baseline was taken (the application keeps writing) are not original content: they are counted apart.
/// </summary>
internal sealed class BaselineBook(ICheckpointStore ledgerCheckpoints, string version, TimeProvider time)
{
    private readonly ScopedCheckpointStore _store = new(ledgerCheckpoints, version, BaselineRecord.LedgerScope);

    /// <summary>
    /// Before a step: records the baselines of the stores it works on (each store's before the first write to it), except
    /// its own store's when it takes that one as it reads; those not recorded yet are handed back for the step to settle.
    /// </summary>
    public async Task<IReadOnlyList<PendingBaseline>> PrepareAsync(
        IMigrationStep step, IReadOnlyList<IStoreIdentityReader> stores, IReadOnlyList<IStoreBaseline> baselines, IRunObserver observer, CancellationToken cancellationToken)
    {
        var ofItsStores = baselines.Where(b => stores.Any(s => s.Kind == b.Identity.Kind && s.Name == b.Identity.Name)).ToList();
        var ownStore = step.TakesOwnBaseline ? ofItsStores.Where(b => b.Identity.Kind == step.Info.Store).ToList() : [];
        await RecordAsync(ofItsStores.Except(ownStore), observer, cancellationToken).ConfigureAwait(false);
        var pending = new List<PendingBaseline>();
        foreach (var baseline in ownStore)
        {
            if (await PendingAsync(baseline, observer, cancellationToken).ConfigureAwait(false) is { } toTake)
            {
                pending.Add(toTake);
            }
        }

        return pending;
    }

    /// <summary>Records the baselines not recorded yet, and afresh those recorded on another incarnation of their store.</summary>
    private async Task RecordAsync(IEnumerable<IStoreBaseline> baselines, IRunObserver observer, CancellationToken cancellationToken)
    {
        foreach (var baseline in baselines)
        {
            if (await PendingAsync(baseline, observer, cancellationToken).ConfigureAwait(false) is { } pending)
            {
                await pending.RecordNowAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The baseline to record, unless one is recorded for the store as it is now.</summary>
    private async Task<PendingBaseline?> PendingAsync(IStoreBaseline baseline, IRunObserver observer, CancellationToken cancellationToken)
    {
        var identity = await baseline.Identity.ReadAsync(cancellationToken).ConfigureAwait(false);
        var recorded = await ReadAsync(baseline, cancellationToken).ConfigureAwait(false);
        if (recorded is not null && !IsOfAnotherStore(recorded, identity))
        {
            return null;
        }

        if (recorded is not null)
        {
            observer.BaselineRenewed(baseline.Name, Why(recorded, identity));
        }

        return new PendingBaseline(this, baseline, identity, time.GetUtcNow(), observer);
    }

    internal async Task RecordNowAsync(IStoreBaseline baseline, StoreIdentity? identity, IRunObserver observer, CancellationToken cancellationToken)
    {
        var started = time.GetUtcNow();
        var digest = await baseline.ComputeAsync(started, observer.BaselineStarting(baseline.Name), cancellationToken).ConfigureAwait(false);
        await WriteAsync(baseline, new BaselineRecord(digest, started, identity), cancellationToken).ConfigureAwait(false);
    }

    internal Task WriteAsync(IStoreBaseline baseline, BaselineRecord record, CancellationToken cancellationToken) =>
        _store.WriteAsync(baseline.Name, JsonSerializer.Serialize(record), cancellationToken);

    public async Task<CheckResult> CompareAsync(IStoreBaseline baseline, IRunObserver observer, CancellationToken cancellationToken)
    {
        var name = $"Additive-only: original content of {baseline.Name} unchanged";
        var before = await ReadAsync(baseline, cancellationToken).ConfigureAwait(false);
        if (before is null)
        {
            return new CheckResult(
                name,
                false,
                "not proven: no baseline digest was recorded before the first write (the steps did not run through pika-migrate with this ledger)",
                [],
                "Point --ledger at the ledger the migration ran with; data migrated by other tools cannot be proven additive-only after the fact.");
        }

        var identity = await baseline.Identity.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (IsOfAnotherStore(before, identity))
        {
            return new CheckResult(
                name,
                false,
                $"not comparable: {Why(before, identity)}",
                [],
                $"Run `pika-migrate migrate {version}`: it records the baseline afresh before its first write on the new store.");
        }

        var now = await baseline.ComputeAsync(before.Recorded, observer.BaselineStarting(baseline.Name), cancellationToken).ConfigureAwait(false);
        var excluded = string.Join(", ", now.ExcludedFields);
        var since = now.CreatedSince > 0 ? $"; {now.CreatedSince} records created since are not part of it" : string.Empty;
        if (now.Digest == before.Digest.Digest)
        {
            return new CheckResult(name, true, string.Create(CultureInfo.InvariantCulture, $"digest of {Count(now.Digest)} records matches the one recorded {before.Recorded:yyyy-MM-dd HH:mm:ss}Z (all fields but {excluded}){since}"), []);
        }

        var (countBefore, countNow) = (Count(before.Digest.Digest), Count(now.Digest));
        var why = countBefore == countNow
            ? $"the same {countNow} records, but some original field differs from what it was"
            : $"{countBefore} records then, {countNow} of those created before it now: records were removed, or added with an earlier creation date";
        return new CheckResult(
            name,
            false,
            string.Create(CultureInfo.InvariantCulture, $"digest differs from the one recorded {before.Recorded:yyyy-MM-dd HH:mm:ss}Z: {why} (fields compared: all but {excluded}){since}"),
            [],
            "If the application kept changing sessions during the migration this is expected; otherwise compare with your backup before deploying.");
    }

    /// <summary>A record that names another incarnation than the store's now (older records, which name none, are trusted).</summary>
    private static bool IsOfAnotherStore(BaselineRecord record, StoreIdentity? now) => record.Store is { } then && then != now;

    private static string Why(BaselineRecord record, StoreIdentity? now) =>
        string.Create(CultureInfo.InvariantCulture, $"{record.Store!.Describe(now)}, after the baseline was recorded on {record.Recorded:yyyy-MM-dd HH:mm:ss}Z");

    private async Task<BaselineRecord?> ReadAsync(IStoreBaseline baseline, CancellationToken cancellationToken)
    {
        var json = await _store.ReadAsync(baseline.Name, cancellationToken).ConfigureAwait(false);
        return json is null ? null : JsonSerializer.Deserialize<BaselineRecord>(json);
    }

    private static string Count(string digest) => digest.Split(':')[0];
}
