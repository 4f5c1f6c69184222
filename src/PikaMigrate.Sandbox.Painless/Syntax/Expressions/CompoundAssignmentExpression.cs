using PikaMigrate.Sandbox.Painless.Evaluation;

namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary>
/// <c>target op= value</c>: the target is read once, the result is cast back to the type the target held
/// (so <c>count += 1.5</c> on an int field stays an int, as in Painless).
/// </summary>
internal sealed class CompoundAssignmentExpression(int offset, AssignableExpression target, ArithmeticOperator op, Expression value)
    : Expression(offset), IValueUpdate
{
    public override string Description => $"compound assignment operation [{Arithmetic.Symbol(op)}=]";

    public override bool IsStatement => true;

    public override object? Evaluate(Frame frame) => target.Update(frame, this, returnPrevious: false);

    public object? Compute(object? current, Frame frame) =>
        Conversions.CastToTypeOf(Arithmetic.Apply(op, current, value.Evaluate(frame), Offset), current, Offset);
}
