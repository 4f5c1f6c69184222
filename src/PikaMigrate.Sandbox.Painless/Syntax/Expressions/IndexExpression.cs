using PikaMigrate.Sandbox.Painless.Evaluation;

namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary><c>receiver[key]</c>: a map key or a list index (negative indexes count from the end).</summary>
internal sealed class IndexExpression(int offset, Expression receiver, Expression key) : AssignableExpression(offset)
{
    public override string Description => "brace access [[]]";

    public override object? Evaluate(Frame frame)
    {
        var target = receiver.Evaluate(frame);
        var index = key.Evaluate(frame);
        if (target is Dictionary<string, object?> map)
        {
            return index is string name && map.TryGetValue(name, out var value) ? value : null;
        }

        return Containers.GetIndexed(target ?? throw RuntimeErrors.NullReceiver(Offset), index, Offset);
    }

    public override object? Assign(Frame frame, Expression value)
    {
        var target = receiver.Evaluate(frame);
        var index = key.Evaluate(frame);
        var stored = value.Evaluate(frame);
        Containers.SetIndexed(target ?? throw RuntimeErrors.NullReceiver(Offset), index, stored, Offset);
        return stored;
    }

    public override object? Update(Frame frame, IValueUpdate update, bool returnPrevious)
    {
        var target = receiver.Evaluate(frame) ?? throw RuntimeErrors.NullReceiver(Offset);
        var index = key.Evaluate(frame);
        var current = Containers.GetIndexed(target, index, Offset);
        var updated = update.Compute(current, frame);
        Containers.SetIndexed(target, index, updated, Offset);
        return returnPrevious ? current : updated;
    }
}
