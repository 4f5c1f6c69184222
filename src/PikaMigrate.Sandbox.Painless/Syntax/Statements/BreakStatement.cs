using PikaMigrate.Sandbox.Painless.Evaluation;

namespace PikaMigrate.Sandbox.Painless.Syntax.Statements;

/// <summary><c>break</c>.</summary>
internal sealed class BreakStatement(int offset) : Statement(offset)
{
    public override Completion Execute(Frame frame) => Completion.Break;
}
