using PikaMigrate.Core.Digests;
using PikaMigrate.Core.Running;

namespace PikaMigrate.Core.Migrations;

/// <summary>
/// The additive-only baseline of the store a step writes, not recorded yet, handed to a step that reads that whole store
/// itself (<see cref="IMigrationStep.TakesOwnBaseline"/>). Rather than the runner reading the whole store once more before
/// the step's first write, the step digests each record as it reads it, before that record's write, and hands the total
/// over once it has read them all (<see cref="CompleteAsync"/>). Where it cannot (its interrupted run did not digest),
/// it records the baseline the usual way before its first write (<see cref="RecordNowAsync"/>).
/// </summary>
public sealed class PendingBaseline
{
    private readonly BaselineBook _book;
    private readonly StoreIdentity? _identity;
    private readonly IRunObserver _observer;

    internal PendingBaseline(BaselineBook book, IStoreBaseline baseline, StoreIdentity? identity, DateTimeOffset createdBefore, IRunObserver observer)
    {
        _book = book;
        Baseline = baseline;
        _identity = identity;
        CreatedBefore = createdBefore;
        _observer = observer;
    }

    public IStoreBaseline Baseline { get; }

    /// <summary>The cut-off for a digest started now: records created from then on are not original content.</summary>
    public DateTimeOffset CreatedBefore { get; }

    /// <summary>Recorded: the runner checks that a step handed a baseline settled it.</summary>
    public bool Settled { get; private set; }

    /// <summary>The usual way: the whole store read now, before the step's first write.</summary>
    public async Task RecordNowAsync(CancellationToken cancellationToken)
    {
        await _book.RecordNowAsync(Baseline, _identity, _observer, cancellationToken).ConfigureAwait(false);
        Settled = true;
    }

    /// <summary>The digest the step took as it read the store, each record before its own write.</summary>
    /// <param name="createdBefore">The cut-off the step digested with (a resumed run keeps the one its first run started with).</param>
    public async Task CompleteAsync(StoreDigest digest, DateTimeOffset createdBefore, CancellationToken cancellationToken)
    {
        await _book.WriteAsync(Baseline, new BaselineRecord(digest, createdBefore, _identity), cancellationToken).ConfigureAwait(false);
        Settled = true;
    }
}
