using PikaMigrate.Sandbox.Painless.Evaluation;

namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary>A list literal <c>[a, b]</c> (an ArrayList in Painless).</summary>
internal sealed class ListInitializerExpression(int offset, Expression[] items) : Expression(offset)
{
    public override string Description => "list initializer";

    public override object? Evaluate(Frame frame)
    {
        var list = new List<object?>(items.Length);
        foreach (var item in items)
        {
            list.Add(item.Evaluate(frame));
        }

        return list;
    }
}
