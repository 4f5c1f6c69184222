using PikaMigrate.Sandbox.Painless.Evaluation;
using PikaMigrate.Sandbox.Painless.Syntax.Expressions;

namespace PikaMigrate.Sandbox.Painless.Syntax.Statements;

/// <summary><c>return [value]</c>: ends the script; update scripts return nothing, so a value is evaluated and dropped.</summary>
internal sealed class ReturnStatement(int offset, Expression? value) : Statement(offset)
{
    public override Completion Execute(Frame frame)
    {
        value?.Evaluate(frame);
        return Completion.Return;
    }
}
