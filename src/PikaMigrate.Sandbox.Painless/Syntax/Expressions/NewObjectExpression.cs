using PikaMigrate.Sandbox.Painless.Evaluation;
using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary><c>new HashMap()</c>, <c>new HashMap(map)</c>, <c>new ArrayList()</c> or <c>new ArrayList(collection)</c>.</summary>
internal sealed class NewObjectExpression(int offset, bool createsMap, Expression? source) : Expression(offset)
{
    public override string Description => "new object";

    public override bool IsStatement => true;

    public override object? Evaluate(Frame frame)
    {
        if (source is null)
        {
            return createsMap ? new Dictionary<string, object?>() : new List<object?>();
        }

        var value = source.Evaluate(frame);
        if (createsMap)
        {
            return value switch
            {
                IReadOnlyDictionary<string, object?> map => new Dictionary<string, object?>(map),
                null => throw RuntimeErrors.NullValue(Offset, "m"),
                _ => throw RuntimeErrors.ClassCast(Offset, $"Cannot cast {JavaTypeNames.Of(value)} to java.util.Map"),
            };
        }

        return value switch
        {
            List<object?> list => new List<object?>(list),
            null => throw RuntimeErrors.NullValue(Offset, "c"),
            _ => throw RuntimeErrors.ClassCast(Offset, $"Cannot cast {JavaTypeNames.Of(value)} to java.util.Collection"),
        };
    }
}
