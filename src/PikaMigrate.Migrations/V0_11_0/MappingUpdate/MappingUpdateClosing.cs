using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Migrations.V0_11_0.MappingUpdate;

/// <summary>A1's closing line (its confirmations were printed as it ran, as the guide's script does).</summary>
internal static class MappingUpdateClosing
{
    public static IReadOnlyList<ClosingLine> Lines(StepOutcome outcome) => outcome.Succeeded
        ? [new(string.Empty), ClosingLine.Success("✅ Mapping update complete!")]
        : [new(string.Empty), ClosingLine.Failure($"✗ Mapping update incomplete: {outcome.Summary}"), .. outcome.Failures.Select(failure => new ClosingLine($"  - {failure}"))];
}
