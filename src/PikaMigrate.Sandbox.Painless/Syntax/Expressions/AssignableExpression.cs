using PikaMigrate.Sandbox.Painless.Evaluation;

namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary>An expression that can be written to: a local, <c>x.name</c> or <c>x[key]</c>.</summary>
internal abstract class AssignableExpression(int offset) : Expression(offset)
{
    /// <summary>Evaluates the target's receiver, then <paramref name="value"/>, stores it and returns the stored value.</summary>
    public abstract object? Assign(Frame frame, Expression value);

    /// <summary>
    /// Evaluates the receiver once, reads the current value, stores <paramref name="update"/>'s result, and returns
    /// either the previous value (postfix <c>x++</c>) or the new one.
    /// </summary>
    public abstract object? Update(Frame frame, IValueUpdate update, bool returnPrevious);
}
