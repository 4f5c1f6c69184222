using PikaMigrate.Sandbox.Painless.Evaluation;
using PikaMigrate.Sandbox.Painless.Syntax.Expressions;

namespace PikaMigrate.Sandbox.Painless.Syntax.Statements;

/// <summary>
/// <c>for (type x : iterable) body</c> and <c>for (x in iterable) body</c>. Like Java's ArrayList iterator, a
/// change of the list's size during the loop fails the next step with a concurrent modification error.
/// </summary>
internal sealed class ForEachStatement(int offset, LocalVariable variable, Expression iterable, BlockStatement? body)
    : LoopStatement(offset, body)
{
    public override Completion Execute(Frame frame)
    {
        var list = Iteration.Iterable(iterable.Evaluate(frame), Offset);
        var expectedCount = list.Count;
        for (var cursor = 0; cursor != list.Count; cursor++)
        {
            if (list.Count != expectedCount)
            {
                throw RuntimeErrors.ConcurrentModification(Offset);
            }

            frame.Slots[variable.Slot] = Conversions.Explicit(list[cursor], variable.Type, Offset);
            if (!RunIteration(frame, out var returned))
            {
                return returned ? Completion.Return : Completion.Normal;
            }
        }

        return Completion.Normal;
    }
}
