namespace PikaMigrate.Migrations.V0_11_0.KeywordCopy;

/// <summary>One <c>_update_by_query</c> of a run (a later round picks up the documents that hit version conflicts).</summary>
/// <param name="Reattached">True when this run attached to a task it did not see start: one a killed run left running, or the one its own start began when the answer was lost.</param>
public sealed record CopyRound(int Number, string? TaskId, bool Reattached, CopyTotals Figures);
