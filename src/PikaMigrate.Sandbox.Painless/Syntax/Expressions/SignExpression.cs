using PikaMigrate.Sandbox.Painless.Evaluation;

namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary>Unary <c>-x</c> or <c>+x</c> on a number.</summary>
internal sealed class SignExpression(int offset, Expression operand, bool negate) : Expression(offset)
{
    public override string Description => negate ? "negation operation [-]" : "plus operation [+]";

    public override object? Evaluate(Frame frame) => Arithmetic.Unary(operand.Evaluate(frame), negate, Offset);
}
