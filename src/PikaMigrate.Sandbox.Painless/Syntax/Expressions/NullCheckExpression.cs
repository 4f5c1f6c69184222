using PikaMigrate.Sandbox.Painless.Evaluation;
using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary>
/// <c>x == null</c>, <c>x != null</c> (and the identity forms, which mean the same for null): the most common
/// condition in update scripts, evaluated without the general equality path.
/// </summary>
internal sealed class NullCheckExpression(int offset, Expression operand, bool negate, string description)
    : Expression(offset)
{
    public override string Description { get; } = description;

    public override object? Evaluate(Frame frame) => Boxes.Bool(EvaluateBoolean(frame));

    public override bool EvaluateBoolean(Frame frame) => operand.Evaluate(frame) is null != negate;
}
