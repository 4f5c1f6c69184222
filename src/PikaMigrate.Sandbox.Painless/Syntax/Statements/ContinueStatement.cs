using PikaMigrate.Sandbox.Painless.Evaluation;

namespace PikaMigrate.Sandbox.Painless.Syntax.Statements;

/// <summary><c>continue</c>.</summary>
internal sealed class ContinueStatement(int offset) : Statement(offset)
{
    public override Completion Execute(Frame frame) => Completion.Continue;
}
