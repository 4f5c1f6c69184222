using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Migrations.V0_11_0.MappingUpdate;

/// <summary>What A1 did, for the closing block and JSON output.</summary>
/// <param name="Added">Twins this run added to the mapping.</param>
/// <param name="AlreadyPresent">Twins already mapped as keyword.</param>
/// <param name="Confirmed">Twins the re-read mapping shows as keyword.</param>
public sealed record MappingUpdateDetails(string Index, IReadOnlyList<string> Added, IReadOnlyList<string> AlreadyPresent, IReadOnlyList<string> Confirmed)
    : IClosingBlock
{
    public IReadOnlyList<ClosingLine> ClosingLines(StepOutcome outcome) => MappingUpdateClosing.Lines(outcome);
}
