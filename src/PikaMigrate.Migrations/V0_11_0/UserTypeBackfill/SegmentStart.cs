namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>Where one segment starts in this run.</summary>
/// <param name="Segment">Zero-based segment number.</param>
/// <param name="StartKey">The checkpointed key to continue after; null scans the segment from its start.</param>
/// <param name="Done">An interrupted run already finished the segment: it is not read again.</param>
/// <param name="Tally">The segment's figures so far (from its checkpoint), updated as it runs.</param>
/// <param name="AfterInterruption">
/// The segment's next page may hold sessions an interrupted run wrote after its last checkpoint; their
/// user_type is mirrored to the index too.
/// </param>
internal sealed record SegmentStart(int Segment, IReadOnlyDictionary<string, string>? StartKey, bool Done, BackfillTally Tally, bool AfterInterruption);
