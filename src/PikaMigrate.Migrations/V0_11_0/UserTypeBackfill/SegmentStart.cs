namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>Where one segment starts in this run.</summary>
/// <param name="Segment">Zero-based segment number.</param>
/// <param name="StartKey">The checkpointed key to continue after; null scans the segment from its start.</param>
/// <param name="Done">An interrupted run already finished the segment: it is not read again.</param>
/// <param name="Tally">The segment's figures so far (from its checkpoint), updated as it runs.</param>
/// <param name="AfterInterruption">
/// The segment may hold sessions an interrupted run wrote after its last checkpoint but never mirrored: the user_type
/// of every typed session of the segment is mirrored to the index too (a partial update, a noop where it is there
/// already). Not only the next page's: this run's pages need not end where the interrupted run's did (a segment's
/// first page is small, and 1 MB pages shift as items grow by user_type).
/// </param>
/// <param name="Baseline">The segment's share of the baseline so far, when the run takes it as it scans.</param>
internal sealed record SegmentStart(int Segment, IReadOnlyDictionary<string, string>? StartKey, bool Done, BackfillTally Tally, bool AfterInterruption, BaselinePart? Baseline = null);
