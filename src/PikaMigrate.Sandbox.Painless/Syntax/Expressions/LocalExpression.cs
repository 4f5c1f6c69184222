using PikaMigrate.Sandbox.Painless.Evaluation;

namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary>A local variable (or the <c>ctx</c>/<c>params</c> globals) resolved to its slot at compile time.</summary>
internal sealed class LocalExpression(int offset, LocalVariable variable) : AssignableExpression(offset)
{
    public LocalVariable Variable { get; } = variable;

    public override string Description => $"symbol [{Variable.Name}]";

    public override object? Evaluate(Frame frame) => frame.Slots[Variable.Slot];

    public override object? Assign(Frame frame, Expression value)
    {
        var converted = Conversions.Implicit(value.Evaluate(frame), Variable.Type, Offset);
        frame.Slots[Variable.Slot] = converted;
        return converted;
    }

    public override object? Update(Frame frame, IValueUpdate update, bool returnPrevious)
    {
        var current = frame.Slots[Variable.Slot];
        var updated = Conversions.Implicit(update.Compute(current, frame), Variable.Type, Offset);
        frame.Slots[Variable.Slot] = updated;
        return returnPrevious ? current : updated;
    }
}
