using PikaMigrate.Sandbox.Painless.Evaluation;
using PikaMigrate.Sandbox.Painless.Syntax.Expressions;

namespace PikaMigrate.Sandbox.Painless.Syntax.Statements;

/// <summary><c>do body while (condition)</c>.</summary>
internal sealed class DoWhileStatement(int offset, BlockStatement? body, Expression condition) : LoopStatement(offset, body)
{
    public Expression Condition { get; } = condition;

    public override Completion Execute(Frame frame)
    {
        do
        {
            if (!RunIteration(frame, out var returned))
            {
                return returned ? Completion.Return : Completion.Normal;
            }
        }
        while (Condition.EvaluateBoolean(frame));

        return Completion.Normal;
    }
}
