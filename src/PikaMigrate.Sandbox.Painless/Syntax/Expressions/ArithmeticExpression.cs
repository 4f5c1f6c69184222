using PikaMigrate.Sandbox.Painless.Evaluation;

namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary><c>left op right</c> for <c>+ - * / %</c>.</summary>
internal sealed class ArithmeticExpression(int offset, ArithmeticOperator op, Expression left, Expression right)
    : Expression(offset)
{
    public override string Description => op switch
    {
        ArithmeticOperator.Add => "addition operation [+]",
        ArithmeticOperator.Subtract => "subtraction operation [-]",
        ArithmeticOperator.Multiply => "multiplication operation [*]",
        ArithmeticOperator.Divide => "division operation [/]",
        _ => "remainder operation [%]",
    };

    public override object? Evaluate(Frame frame) =>
        Arithmetic.Apply(op, left.Evaluate(frame), right.Evaluate(frame), Offset);
}
