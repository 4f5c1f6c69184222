namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>One scan page of a segment and the key to continue after it (null at the segment's end).</summary>
internal sealed record ScannedPage(IReadOnlyList<ScannedSession> Sessions, IReadOnlyDictionary<string, string>? LastKey);
