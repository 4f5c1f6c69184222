using PikaMigrate.Sandbox.Painless.Evaluation;
using PikaMigrate.Sandbox.Painless.Syntax.Expressions;

namespace PikaMigrate.Sandbox.Painless.Syntax.Statements;

/// <summary><c>for (initializer; condition; afterthought) body</c>; a missing condition loops until break/return.</summary>
internal sealed class ForStatement(
    int offset, Statement? initializer, Expression? condition, Expression? afterthought, BlockStatement? body)
    : LoopStatement(offset, body)
{
    public Expression? Condition { get; } = condition;

    public override Completion Execute(Frame frame)
    {
        initializer?.Execute(frame);
        while (Condition is null || Condition.EvaluateBoolean(frame))
        {
            if (!RunIteration(frame, out var returned))
            {
                return returned ? Completion.Return : Completion.Normal;
            }

            afterthought?.Evaluate(frame);
        }

        return Completion.Normal;
    }
}
