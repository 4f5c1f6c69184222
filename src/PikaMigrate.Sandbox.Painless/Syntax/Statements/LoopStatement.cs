using PikaMigrate.Sandbox.Painless.Evaluation;

namespace PikaMigrate.Sandbox.Painless.Syntax.Statements;

/// <summary>What the loops share: an optional body (null for an empty one) run under the loop counter.</summary>
internal abstract class LoopStatement(int offset, BlockStatement? body) : Statement(offset)
{
    public BlockStatement? Body { get; } = body;

    /// <summary>
    /// Counts the iteration and runs the body; returns false when the loop must stop, with
    /// <paramref name="returned"/> set when a <c>return</c> ends the whole script.
    /// </summary>
    protected bool RunIteration(Frame frame, out bool returned)
    {
        frame.CountLoopIteration(Offset);
        returned = false;
        if (Body is null)
        {
            return true;
        }

        switch (Body.Execute(frame))
        {
            case Completion.Break:
                return false;
            case Completion.Return:
                returned = true;
                return false;
            default:
                return true;
        }
    }
}
