using PikaMigrate.Sandbox.Painless.Evaluation;

namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary>
/// An expression node. The tree is built once by the parser (names already resolved to slots) and then only
/// read, so one compiled script can run on many threads.
/// </summary>
internal abstract class Expression(int offset)
{
    /// <summary>Source offset Painless reports for this node (a dot, a bracket, or the start of an operation).</summary>
    public int Offset { get; } = offset;

    /// <summary>How Painless names the node in "not a statement" and "invalid assignment" errors.</summary>
    public abstract string Description { get; }

    /// <summary>Whether the expression may stand alone as a statement (assignments, calls, <c>new</c>).</summary>
    public virtual bool IsStatement => false;

    public abstract object? Evaluate(Frame frame);

    /// <summary>Evaluates a condition; comparisons override this to skip boxing their result.</summary>
    public virtual bool EvaluateBoolean(Frame frame) => Conversions.ToBoolean(Evaluate(frame), Offset);
}
