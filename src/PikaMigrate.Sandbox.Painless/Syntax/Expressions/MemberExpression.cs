using System.Globalization;
using PikaMigrate.Sandbox.Painless.Evaluation;

namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary><c>receiver.name</c> or <c>receiver?.name</c>: a map key, a list shortcut or an allowlisted getter.</summary>
internal sealed class MemberExpression(int offset, Expression receiver, string name, bool nullSafe) : AssignableExpression(offset)
{
    private readonly int? _listIndex = int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
        ? index
        : null;

    // Names that resolve to an allowlisted getter before a map key; everything else can take the fast path.
    private readonly bool _isGetterName = name is "empty";

    public bool NullSafe { get; } = nullSafe;

    public override string Description => NullSafe ? "null safe operation [?.]" : $"dot operator [.{name}]";

    public override object? Evaluate(Frame frame)
    {
        var target = receiver.Evaluate(frame);
        if (target is Dictionary<string, object?> map && !_isGetterName)
        {
            return map.TryGetValue(name, out var value) ? value : null;
        }

        if (target is null)
        {
            return NullSafe ? null : throw RuntimeErrors.NullReceiver(Offset);
        }

        return Containers.GetMember(target, name, _listIndex, Offset);
    }

    public override object? Assign(Frame frame, Expression value)
    {
        var target = receiver.Evaluate(frame) ?? throw RuntimeErrors.NullReceiver(Offset);
        var stored = value.Evaluate(frame);
        Containers.SetMember(target, name, _listIndex, stored, Offset);
        return stored;
    }

    public override object? Update(Frame frame, IValueUpdate update, bool returnPrevious)
    {
        var target = receiver.Evaluate(frame) ?? throw RuntimeErrors.NullReceiver(Offset);
        var current = Containers.GetMember(target, name, _listIndex, Offset);
        var updated = update.Compute(current, frame);
        Containers.SetMember(target, name, _listIndex, updated, Offset);
        return returnPrevious ? current : updated;
    }
}
