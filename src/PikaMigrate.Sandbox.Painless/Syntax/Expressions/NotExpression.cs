using PikaMigrate.Sandbox.Painless.Evaluation;
using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary>Boolean not <c>!x</c>.</summary>
internal sealed class NotExpression(int offset, Expression operand) : Expression(offset)
{
    public override string Description => "boolean not operation [!]";

    public override object? Evaluate(Frame frame) => Boxes.Bool(EvaluateBoolean(frame));

    public override bool EvaluateBoolean(Frame frame) => !operand.EvaluateBoolean(frame);
}
