using System.Numerics;
using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Evaluation;

/// <summary>
/// Painless's dynamic math (DefMath): Java numeric promotion (int op int is int, with long is long, with double is
/// double), wrapping integer overflow, <c>/ by zero</c> for integers, and string concatenation for <c>+</c>.
/// </summary>
internal static class Arithmetic
{
    public static string Symbol(ArithmeticOperator op) => op switch
    {
        ArithmeticOperator.Add => "+",
        ArithmeticOperator.Subtract => "-",
        ArithmeticOperator.Multiply => "*",
        ArithmeticOperator.Divide => "/",
        _ => "%",
    };

    public static object Apply(ArithmeticOperator op, object? left, object? right, int offset)
    {
        if (left is int a && right is int b)
        {
            return Boxes.Int(ApplyIntegral(op, a, b, offset));
        }

        if (op == ArithmeticOperator.Add && (left is string || right is string))
        {
            return string.Concat(JavaText.ToJavaString(left), JavaText.ToJavaString(right));
        }

        if (!Numbers.IsNumber(left) || !Numbers.IsNumber(right))
        {
            throw OperandError(Symbol(op), left, right, offset);
        }

        return Numbers.Promote(left!, right!) switch
        {
            NumericKind.Double => ApplyDouble(op, Numbers.ToDouble(left!), Numbers.ToDouble(right!)),
            NumericKind.Long => ApplyIntegral(op, Numbers.ToLong(left!), Numbers.ToLong(right!), offset),
            _ => Boxes.Int(ApplyIntegral(op, (int)left!, (int)right!, offset)),
        };
    }

    /// <summary>Unary <c>-</c> (or <c>+</c> when <paramref name="negate"/> is false) on a number.</summary>
    public static object Unary(object? value, bool negate, int offset) => value switch
    {
        int number => Boxes.Int(negate ? unchecked(-number) : number),
        long number => negate ? unchecked(-number) : number,
        double number => negate ? -number : number,
        null => throw RuntimeErrors.NullValue(offset, "unary"),
        _ => throw RuntimeErrors.ClassCast(offset,
            $"Cannot apply [{(negate ? "-" : "+")}] operation to type [{JavaTypeNames.Of(value)}]."),
    };

    /// <summary>The error DefMath raises for non-numeric operands: its message calls getClass() on both sides.</summary>
    public static ScriptRuntimeException OperandError(string symbol, object? left, object? right, int offset)
    {
        if (left is null)
        {
            return RuntimeErrors.NullValue(offset, "left");
        }

        if (right is null)
        {
            return RuntimeErrors.NullValue(offset, "right");
        }

        return RuntimeErrors.ClassCast(offset,
            $"Cannot apply [{symbol}] operation to types [{JavaTypeNames.Of(left)}] and [{JavaTypeNames.Of(right)}].");
    }

    /// <summary>Java integer math: wraps on overflow (MIN_VALUE / -1 is MIN_VALUE, where .NET would throw).</summary>
    private static T ApplyIntegral<T>(ArithmeticOperator op, T a, T b, int offset)
        where T : IBinaryInteger<T>, ISignedNumber<T>
    {
        if (op is ArithmeticOperator.Divide or ArithmeticOperator.Remainder && T.IsZero(b))
        {
            throw RuntimeErrors.DivisionByZero(offset);
        }

        return op switch
        {
            ArithmeticOperator.Add => a + b,
            ArithmeticOperator.Subtract => a - b,
            ArithmeticOperator.Multiply => a * b,
            ArithmeticOperator.Divide => b == T.NegativeOne ? -a : a / b,
            _ => b == T.NegativeOne ? T.Zero : a % b,
        };
    }

    private static double ApplyDouble(ArithmeticOperator op, double a, double b) => op switch
    {
        ArithmeticOperator.Add => a + b,
        ArithmeticOperator.Subtract => a - b,
        ArithmeticOperator.Multiply => a * b,
        ArithmeticOperator.Divide => a / b,
        // C#'s % on doubles truncates like Java's (it is not IEEE remainder).
        _ => a % b,
    };
}
