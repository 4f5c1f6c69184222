using PikaMigrate.Sandbox.Painless.Evaluation;
using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary><c>== != === !==</c> between two expressions (comparisons with a null literal use <see cref="NullCheckExpression"/>).</summary>
internal sealed class EqualityExpression(int offset, EqualityOperator op, Expression left, Expression right)
    : Expression(offset)
{
    public override string Description => Describe(op);

    public static string Describe(EqualityOperator op) => op switch
    {
        EqualityOperator.Equal => "equals operation [==]",
        EqualityOperator.NotEqual => "not equals operation [!=]",
        EqualityOperator.Identical => "reference equals operation [===]",
        _ => "reference not equals operation [!==]",
    };

    public override object? Evaluate(Frame frame) => Boxes.Bool(EvaluateBoolean(frame));

    public override bool EvaluateBoolean(Frame frame)
    {
        var a = left.Evaluate(frame);
        var b = right.Evaluate(frame);
        return op switch
        {
            EqualityOperator.Equal => JavaEquality.PainlessEquals(a, b),
            EqualityOperator.NotEqual => !JavaEquality.PainlessEquals(a, b),
            EqualityOperator.Identical => JavaEquality.Identical(a, b),
            _ => !JavaEquality.Identical(a, b),
        };
    }
}
