using PikaMigrate.Sandbox.Painless.Evaluation;
using PikaMigrate.Sandbox.Painless.Syntax.Expressions;

namespace PikaMigrate.Sandbox.Painless.Syntax.Statements;

/// <summary><c>if (condition) then [else otherwise]</c>; an empty block is null (Painless rejects an empty then-block).</summary>
internal sealed class IfStatement(int offset, Expression condition, BlockStatement? then, BlockStatement? otherwise, bool hasElse)
    : Statement(offset)
{
    public Expression Condition { get; } = condition;

    public BlockStatement? Then { get; } = then;

    public BlockStatement? Otherwise { get; } = otherwise;

    public bool HasElse { get; } = hasElse;

    public override Completion Execute(Frame frame)
    {
        if (Condition.EvaluateBoolean(frame))
        {
            return Then?.Execute(frame) ?? Completion.Normal;
        }

        return Otherwise?.Execute(frame) ?? Completion.Normal;
    }
}
