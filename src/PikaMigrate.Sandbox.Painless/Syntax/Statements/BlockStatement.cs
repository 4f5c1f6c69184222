using PikaMigrate.Sandbox.Painless.Evaluation;

namespace PikaMigrate.Sandbox.Painless.Syntax.Statements;

/// <summary>A statement list: a <c>{ }</c> block, a single-statement trailer, or the whole script.</summary>
internal sealed class BlockStatement(int offset, Statement[] statements) : Statement(offset)
{
    public IReadOnlyList<Statement> Statements => statements;

    public override Completion Execute(Frame frame)
    {
        foreach (var statement in statements)
        {
            var completion = statement.Execute(frame);
            if (completion != Completion.Normal)
            {
                return completion;
            }
        }

        return Completion.Normal;
    }
}
