using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Evaluation.Methods;

/// <summary><c>java.lang.Number</c> conversions on the boxed int, long and double values.</summary>
internal static class NumberMethods
{
    public static object? Invoke(object number, MethodId id, ReadOnlySpan<object?> arguments) => (id, arguments.Length) switch
    {
        (MethodId.IntValue, 0) => Boxes.Int(Numbers.NarrowToInt(number)),
        (MethodId.LongValue, 0) => Numbers.NarrowToLong(number),
        (MethodId.DoubleValue, 0) => Numbers.ToDouble(number),
        _ => MethodDispatcher.NotFound,
    };
}
