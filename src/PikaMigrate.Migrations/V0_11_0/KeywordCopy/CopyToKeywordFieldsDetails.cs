using PikaMigrate.Core.Migrations;
using PikaMigrate.Migrations.V0_11_0.Twins;

namespace PikaMigrate.Migrations.V0_11_0.KeywordCopy;

/// <summary>What A2 did, for the closing block and JSON output.</summary>
/// <param name="Documents">Documents in the index.</param>
/// <param name="Selected">Documents the first round's query selected (twin missing or different, or not comparable by query).</param>
/// <param name="Totals">The guide's figures over all rounds.</param>
/// <param name="Verification">Per pair, the documents still lacking or disagreeing after the copy, counted.</param>
public sealed record CopyToKeywordFieldsDetails(
    string Index,
    long Documents,
    long Selected,
    CopyTotals Totals,
    IReadOnlyList<CopyRound> Rounds,
    IReadOnlyList<TwinValueFinding> Verification) : IClosingBlock
{
    public IReadOnlyList<ClosingLine> ClosingLines(StepOutcome outcome) => KeywordCopyClosing.Lines(outcome, this);
}
