using PikaMigrate.Core.Ledger;
using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Core.Running;

/// <summary>
/// Whether a step the ledger records as succeeded still holds: the stores it ran on are the ones there now, and its own
/// checks (what verify runs for it) pass. A re-created store or a failing check puts the step back to run, with why.
/// </summary>
internal static class StepReview
{
    public static async Task<StepStanding> ReviewAsync(
        IMigrationStep step, StepRecord? record, IReadOnlyList<IStoreIdentityReader> stores, Func<StepContext> verifyContext, CancellationToken cancellationToken)
    {
        if (record?.State != StepState.Succeeded)
        {
            return new StepStanding(record, null, null);
        }

        foreach (var then in record.Stores ?? [])
        {
            if (stores.FirstOrDefault(s => s.Kind == then.Kind && s.Name == then.Name) is not { } reader)
            {
                continue;
            }

            var now = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (now != then)
            {
                return new StepStanding(record, record.StoreChanged(then, now), null);
            }
        }

        var checks = await step.VerifyAsync(verifyContext(), cancellationToken).ConfigureAwait(false);
        var failing = checks.Where(c => !c.Passed).ToList();
        return failing.Count == 0
            ? new StepStanding(record, null, checks)
            : new StepStanding(record, $"its check fails now: {string.Join("; ", failing.Select(c => $"{c.Name}: {c.Summary}"))}", checks);
    }
}
