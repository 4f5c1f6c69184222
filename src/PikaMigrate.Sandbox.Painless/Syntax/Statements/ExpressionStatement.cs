using PikaMigrate.Sandbox.Painless.Evaluation;
using PikaMigrate.Sandbox.Painless.Syntax.Expressions;

namespace PikaMigrate.Sandbox.Painless.Syntax.Statements;

/// <summary>An assignment, increment or call evaluated for its effect.</summary>
internal sealed class ExpressionStatement(int offset, Expression expression) : Statement(offset)
{
    public override Completion Execute(Frame frame)
    {
        expression.Evaluate(frame);
        return Completion.Normal;
    }
}
