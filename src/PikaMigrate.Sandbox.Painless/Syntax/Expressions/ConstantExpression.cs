using PikaMigrate.Sandbox.Painless.Evaluation;

namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary>A literal: number, string, boolean or null, boxed once at compile time.</summary>
internal sealed class ConstantExpression(int offset, object? value, string description) : Expression(offset)
{
    public object? Value { get; } = value;

    public override string Description { get; } = description;

    public override object? Evaluate(Frame frame) => Value;
}
