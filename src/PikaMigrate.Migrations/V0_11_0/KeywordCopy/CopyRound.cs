namespace PikaMigrate.Migrations.V0_11_0.KeywordCopy;

/// <summary>One <c>_update_by_query</c> of a run (a later round picks up the documents that hit version conflicts).</summary>
/// <param name="Reattached">True when this run found the task already running (started by a run that was killed).</param>
public sealed record CopyRound(int Number, string? TaskId, bool Reattached, CopyTotals Figures);
