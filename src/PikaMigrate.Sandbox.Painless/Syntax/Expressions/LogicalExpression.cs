using PikaMigrate.Sandbox.Painless.Evaluation;
using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary>Short-circuit <c>&amp;&amp;</c> and <c>||</c>.</summary>
internal sealed class LogicalExpression(int offset, bool isAnd, Expression left, Expression right) : Expression(offset)
{
    public override string Description => isAnd ? "and operation [&&]" : "or operation [||]";

    public override object? Evaluate(Frame frame) => Boxes.Bool(EvaluateBoolean(frame));

    public override bool EvaluateBoolean(Frame frame) => isAnd
        ? left.EvaluateBoolean(frame) && right.EvaluateBoolean(frame)
        : left.EvaluateBoolean(frame) || right.EvaluateBoolean(frame);
}
