using PikaMigrate.Sandbox.Painless.Evaluation;
using PikaMigrate.Sandbox.Painless.Evaluation.Methods;

namespace PikaMigrate.Sandbox.Painless.Syntax.Expressions;

/// <summary><c>receiver.name(arguments)</c> or <c>receiver?.name(arguments)</c>, dispatched on the receiver's runtime type.</summary>
internal sealed class MethodCallExpression(int offset, Expression receiver, string name, Expression[] arguments, bool nullSafe)
    : Expression(offset)
{
    private readonly MethodId _method = MethodIds.Resolve(name);

    public override string Description => $"method call [{name}/{arguments.Length}]";

    public override bool IsStatement => true;

    public override object? Evaluate(Frame frame)
    {
        var target = receiver.Evaluate(frame);
        if (target is null && nullSafe)
        {
            return null;
        }

        switch (arguments.Length)
        {
            case 0:
                return MethodDispatcher.Invoke(Receiver(target), _method, name, [], Offset);
            case 1:
                var argument = arguments[0].Evaluate(frame);
                return MethodDispatcher.Invoke(Receiver(target), _method, name, new ReadOnlySpan<object?>(ref argument), Offset);
            case 2:
                var buffer = new ArgumentBuffer();
                buffer[0] = arguments[0].Evaluate(frame);
                buffer[1] = arguments[1].Evaluate(frame);
                return MethodDispatcher.Invoke(Receiver(target), _method, name, buffer, Offset);
            default:
                var values = new object?[arguments.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    values[i] = arguments[i].Evaluate(frame);
                }

                return MethodDispatcher.Invoke(Receiver(target), _method, name, values, Offset);
        }
    }

    /// <summary>Java evaluates the arguments before the call site finds the receiver is null.</summary>
    private object Receiver(object? target) => target ?? throw RuntimeErrors.NullReceiver(Offset);
}
