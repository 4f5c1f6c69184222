using PikaMigrate.Sandbox.Painless.Evaluation;

namespace PikaMigrate.Sandbox.Painless.Syntax.Statements;

/// <summary>A statement node; <see cref="Execute"/> reports break/continue/return as a <see cref="Completion"/>.</summary>
internal abstract class Statement(int offset)
{
    /// <summary>Source offset of the statement's first token (for a declaration, of the variable name).</summary>
    public int Offset { get; } = offset;

    public abstract Completion Execute(Frame frame);
}
