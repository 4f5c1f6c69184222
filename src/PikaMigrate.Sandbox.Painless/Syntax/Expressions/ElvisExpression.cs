using PikaMigrate.Sandbox.Painless.Evaluation;

namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary>The elvis operator <c>left ?: right</c>: left unless it is null.</summary>
internal sealed class ElvisExpression(int offset, Expression left, Expression right) : Expression(offset)
{
    public override string Description => "elvis operation [?:]";

    public override object? Evaluate(Frame frame) => left.Evaluate(frame) ?? right.Evaluate(frame);
}
