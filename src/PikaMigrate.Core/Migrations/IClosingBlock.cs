namespace PikaMigrate.Core.Migrations;

/// <summary>
/// Step details that know how the step's outcome closes for people (the guide's own closing block, e.g. "Migration
/// complete!" and its statistics). The CLI shows these lines; outcomes without them get a generic block.
/// </summary>
public interface IClosingBlock
{
    IReadOnlyList<ClosingLine> ClosingLines(StepOutcome outcome);
}
