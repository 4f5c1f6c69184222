namespace PikaMigrate.Core.Progress;

/// <summary>
/// One progress update of a long step: the line a log shows (the guide's wording, e.g.
/// <c>Progress: 1000 scanned, 950 updated, 50 skipped</c>) and, when known, how far along it is.
/// </summary>
public sealed record ProgressReport(string Text, long Done, long? Total);
