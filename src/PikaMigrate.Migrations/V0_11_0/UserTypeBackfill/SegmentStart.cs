namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>Where one segment starts in this run.</summary>
/// <param name="Segment">Zero-based segment number.</param>
/// <param name="StartKey">The checkpointed key to continue after; null scans the segment from its start.</param>
/// <param name="Done">An interrupted run already finished the segment: it is not read again.</param>
/// <param name="Tally">The segment's figures so far (from its checkpoint), updated as it runs.</param>
/// <param name="MirrorTyped">
/// The user_type of every typed session of the segment is mirrored to the index too (a partial update, a noop where it
/// is there already), not only the ones this run writes: after an interruption, the segment may hold sessions the
/// interrupted run wrote after its last checkpoint but never mirrored (not only on the next page: this run's pages need
/// not end where the interrupted run's did, a segment's first page being small and 1 MB pages shifting as items grow
/// by user_type); and on a run again because documents disagreed with DynamoDB, those documents are among them.
/// </param>
/// <param name="Baseline">The segment's share of the baseline so far, when the run takes it as it scans.</param>
internal sealed record SegmentStart(int Segment, IReadOnlyDictionary<string, string>? StartKey, bool Done, BackfillTally Tally, bool MirrorTyped, BaselinePart? Baseline = null);
