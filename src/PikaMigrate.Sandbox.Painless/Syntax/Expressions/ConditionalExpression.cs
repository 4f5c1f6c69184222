using PikaMigrate.Sandbox.Painless.Evaluation;

namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary>The ternary <c>condition ? whenTrue : whenFalse</c>.</summary>
internal sealed class ConditionalExpression(int offset, Expression condition, Expression whenTrue, Expression whenFalse)
    : Expression(offset)
{
    public override string Description => "conditional operation [?:]";

    public override object? Evaluate(Frame frame) =>
        condition.EvaluateBoolean(frame) ? whenTrue.Evaluate(frame) : whenFalse.Evaluate(frame);

    public override bool EvaluateBoolean(Frame frame) =>
        condition.EvaluateBoolean(frame) ? whenTrue.EvaluateBoolean(frame) : whenFalse.EvaluateBoolean(frame);
}
