namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>How far one scan segment got: every session before <see cref="LastKey"/> is done.</summary>
/// <param name="RunId">The run it belongs to.</param>
/// <param name="LastKey">The scan's last evaluated key (string key attributes), null once <see cref="Done"/>.</param>
/// <param name="Done">The segment was scanned to its end.</param>
/// <param name="Figures">The segment's figures up to here.</param>
/// <param name="Baseline">The digest of the segment's original sessions up to here, when the run takes the baseline as it scans.</param>
/// <param name="BaselineLeftOut">Sessions up to here left out of that digest as created since its cut-off.</param>
internal sealed record SegmentCheckpoint(string RunId, IReadOnlyDictionary<string, string>? LastKey, bool Done, BackfillTally Figures, string? Baseline = null, long BaselineLeftOut = 0);
