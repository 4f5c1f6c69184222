using PikaMigrate.Core.Migrations;

namespace PikaMigrate.Migrations.V0_11_0.KeywordCopy;

/// <summary>A2's closing block: the guide's figures, with its five samples replaced by counts over every document.</summary>
internal static class KeywordCopyClosing
{
    public static IReadOnlyList<ClosingLine> Lines(StepOutcome outcome, CopyToKeywordFieldsDetails details)
    {
        var lines = new List<ClosingLine>
        {
            new(string.Empty),
            outcome.Failures.Count == 0 ? ClosingLine.Success("✓ Update complete!") : ClosingLine.Failure("✗ Update incomplete!"),
        };
        lines.AddRange(outcome.Figures.Select(figure => new ClosingLine($" - {figure.Name}: {figure.Value}")));
        lines.AddRange(outcome.Failures.Select(failure => new ClosingLine($"   Failed: {failure}")));
        if (details.Rounds.Count > 1 || details.Rounds.Any(r => r.Reattached))
        {
            lines.AddRange(details.Rounds.Select(round => new ClosingLine(
                $"   Round {round.Number}{(round.Reattached ? " (re-attached)" : string.Empty)}: task {round.TaskId ?? "-"}, {round.Figures.Total} documents, {round.Figures.Updated} updated, {round.Figures.VersionConflicts} version conflicts")));
        }

        lines.Add(new(string.Empty));
        lines.Add(details.Verification.All(v => v.Holds)
            ? ClosingLine.Success($"✓ Verified by counts over all {details.Documents} documents:")
            : ClosingLine.Failure($"✗ Verification by counts over all {details.Documents} documents found documents not copied:"));
        foreach (var finding in details.Verification)
        {
            lines.Add(new($"   {finding.Pair}: {finding.WithSource} documents with {finding.Pair.Source}, {finding.MissingTwin} without {finding.Pair.Twin}, {finding.DifferentTwin} with another value"));
            var examples = finding.MissingExamples.Concat(finding.DifferentExamples).Distinct().Take(5).ToList();
            if (examples.Count > 0)
            {
                lines.Add(new($"     e.g. {string.Join(", ", examples)}"));
            }
        }

        lines.Add(new(string.Empty));
        lines.Add(outcome.Succeeded
            ? ClosingLine.Success("✅ Field copy complete!")
            : ClosingLine.Failure($"✗ Field copy incomplete: {outcome.Summary}. Run the command again; already-copied documents are skipped."));
        return lines;
    }
}
