using System.Text.Json;
using PikaMigrate.Core.Checkpoints;
using PikaMigrate.Core.Digests;
using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Core.Running;

/// <summary>
/// Records each store's baseline digest in the ledger before the first write, once per migration, and compares it
/// with the store's digest now (the guide promises additive-only changes; this proves it).
/// </summary>
internal sealed class BaselineBook(ICheckpointStore ledgerCheckpoints, string version, TimeProvider time)
{
    private readonly ScopedCheckpointStore _store = new(ledgerCheckpoints, version, BaselineRecord.LedgerScope);

    public async Task RecordMissingAsync(IReadOnlyList<IStoreBaseline> baselines, IRunObserver observer, CancellationToken cancellationToken)
    {
        foreach (var baseline in baselines)
        {
            if (await ReadAsync(baseline, cancellationToken).ConfigureAwait(false) is not null)
            {
                continue;
            }

            var digest = await baseline.ComputeAsync(observer.BaselineStarting(baseline.Name), cancellationToken).ConfigureAwait(false);
            var record = new BaselineRecord(digest, time.GetUtcNow());
            await _store.WriteAsync(baseline.Name, JsonSerializer.Serialize(record), cancellationToken).ConfigureAwait(false);
        }
    }

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

        var now = await baseline.ComputeAsync(observer.BaselineStarting(baseline.Name), cancellationToken).ConfigureAwait(false);
        var excluded = string.Join(", ", now.ExcludedFields);
        if (now.Digest == before.Digest.Digest)
        {
            return new CheckResult(name, true, $"digest {Count(now.Digest)} records matches the one recorded {before.Recorded:yyyy-MM-dd HH:mm:ss}Z (all fields but {excluded})", []);
        }

        var (countBefore, countNow) = (Count(before.Digest.Digest), Count(now.Digest));
        var why = countBefore == countNow
            ? $"the same {countNow} records, but some original field differs from what it was"
            : $"{countBefore} records then, {countNow} now: records were added or removed meanwhile";
        return new CheckResult(
            name,
            false,
            $"digest differs from the one recorded {before.Recorded:yyyy-MM-dd HH:mm:ss}Z: {why} (fields compared: all but {excluded})",
            [],
            "If the application kept writing during the migration this is expected; otherwise compare with your backup before deploying.");
    }

    private async Task<BaselineRecord?> ReadAsync(IStoreBaseline baseline, CancellationToken cancellationToken)
    {
        var json = await _store.ReadAsync(baseline.Name, cancellationToken).ConfigureAwait(false);
        return json is null ? null : JsonSerializer.Deserialize<BaselineRecord>(json);
    }

    private static string Count(string digest) => digest.Split(':')[0];
}
