using PikaMigrate.Sandbox.Painless.Evaluation;

namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary><c>target = value</c>; its value is the value stored.</summary>
internal sealed class AssignmentExpression(int offset, AssignableExpression target, Expression value) : Expression(offset)
{
    public override string Description => "assignment operation [=]";

    public override bool IsStatement => true;

    public override object? Evaluate(Frame frame) => target.Assign(frame, value);
}
