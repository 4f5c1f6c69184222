using PikaMigrate.Sandbox.Painless.Evaluation;

namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary>A map literal <c>[:]</c> or <c>['a': 1]</c> (a HashMap in Painless; later keys win).</summary>
internal sealed class MapInitializerExpression(int offset, Expression[] keys, Expression[] values) : Expression(offset)
{
    public override string Description => "map initializer";

    public override object? Evaluate(Frame frame)
    {
        var map = new Dictionary<string, object?>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            var key = Containers.RequireStringKey(keys[i].Evaluate(frame), keys[i].Offset);
            map[key] = values[i].Evaluate(frame);
        }

        return map;
    }
}
