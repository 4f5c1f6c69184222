using PikaMigrate.Sandbox.Painless.Evaluation;
using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary><c>left op right</c> for <c>&lt; &lt;= &gt; &gt;=</c>.</summary>
internal sealed class RelationalExpression(int offset, RelationalOperator op, Expression left, Expression right)
    : Expression(offset)
{
    public override string Description => op switch
    {
        RelationalOperator.Less => "less than operation [<]",
        RelationalOperator.LessOrEqual => "less than or equals operation [<=]",
        RelationalOperator.Greater => "greater than operation [>]",
        _ => "greater than or equals operation [>=]",
    };

    public override object? Evaluate(Frame frame) => Boxes.Bool(EvaluateBoolean(frame));

    public override bool EvaluateBoolean(Frame frame) =>
        Relational.Compare(op, left.Evaluate(frame), right.Evaluate(frame), Offset);
}
