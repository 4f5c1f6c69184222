namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>One scan page of a segment and the key to continue after it (null at the segment's end).</summary>
/// <param name="Baseline">The page's share of the baseline, when the run takes it as it scans.</param>
internal sealed record ScannedPage(IReadOnlyList<ScannedSession> Sessions, IReadOnlyDictionary<string, string>? LastKey, BaselinePart? Baseline);
