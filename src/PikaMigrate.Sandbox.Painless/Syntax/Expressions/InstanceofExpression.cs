using PikaMigrate.Sandbox.Painless.Evaluation;
using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary><c>x instanceof Type</c>; false for null.</summary>
internal sealed class InstanceofExpression(int offset, Expression operand, PainlessType type) : Expression(offset)
{
    public override string Description => "instanceof operation [instanceof]";

    public override object? Evaluate(Frame frame) => Boxes.Bool(EvaluateBoolean(frame));

    public override bool EvaluateBoolean(Frame frame) => PainlessTypes.IsInstance(operand.Evaluate(frame), type);
}
