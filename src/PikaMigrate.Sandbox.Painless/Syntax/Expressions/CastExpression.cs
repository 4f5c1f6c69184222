using PikaMigrate.Sandbox.Painless.Evaluation;
using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary>An explicit cast <c>(type) x</c>.</summary>
internal sealed class CastExpression(int offset, PainlessType type, Expression operand) : Expression(offset)
{
    public override string Description => $"cast [{PainlessTypes.NameOf(type)}]";

    public override object? Evaluate(Frame frame) => Conversions.Explicit(operand.Evaluate(frame), type, Offset);
}
