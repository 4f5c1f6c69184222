using PikaMigrate.Sandbox.Painless.Evaluation;
using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary><c>++x</c>, <c>x++</c>, <c>--x</c>, <c>x--</c>: add or subtract 1 and keep the target's type.</summary>
internal sealed class IncrementExpression(int offset, AssignableExpression target, bool increment, bool prefix)
    : Expression(offset), IValueUpdate
{
    private static readonly object One = Boxes.Int(1);

    public override string Description => increment ? "increment operation [++]" : "decrement operation [--]";

    public override bool IsStatement => true;

    public override object? Evaluate(Frame frame) => target.Update(frame, this, returnPrevious: !prefix);

    public object? Compute(object? current, Frame frame)
    {
        var op = increment ? ArithmeticOperator.Add : ArithmeticOperator.Subtract;
        return Conversions.CastToTypeOf(Arithmetic.Apply(op, current, One, Offset), current, Offset);
    }
}
