using PikaMigrate.Sandbox.Painless.Evaluation;
using PikaMigrate.Sandbox.Painless.Syntax.Expressions;

namespace PikaMigrate.Sandbox.Painless.Syntax.Statements;

/// <summary><c>while (condition) body</c>.</summary>
internal sealed class WhileStatement(int offset, Expression condition, BlockStatement? body) : LoopStatement(offset, body)
{
    public Expression Condition { get; } = condition;

    public override Completion Execute(Frame frame)
    {
        while (Condition.EvaluateBoolean(frame))
        {
            if (!RunIteration(frame, out var returned))
            {
                return returned ? Completion.Return : Completion.Normal;
            }
        }

        return Completion.Normal;
    }
}
