namespace PikaMigrate.Sandbox.Painless.Values;

/// <summary>Java binary numeric promotion over the boxed numbers scripts see (int, long, double).</summary>
internal static class Numbers
{
    public static bool IsNumber(object? value) => value is int or long or double;

    /// <summary>The promoted kind of two numbers: double wins over long, long over int.</summary>
    public static NumericKind Promote(object left, object right)
    {
        if (left is double || right is double)
        {
            return NumericKind.Double;
        }

        return left is long || right is long ? NumericKind.Long : NumericKind.Int;
    }

    public static double ToDouble(object value) => value switch
    {
        int number => number,
        long number => number,
        _ => (double)value,
    };

    public static long ToLong(object value) => value is int number ? number : (long)value;

    /// <summary>Java's <c>(int)</c> narrowing: long keeps its low bits, double truncates and saturates, NaN is 0.</summary>
    public static int NarrowToInt(object value) => value switch
    {
        int number => number,
        long number => unchecked((int)number),
        _ => DoubleToInt((double)value),
    };

    /// <summary>Java's <c>(long)</c> narrowing of a number.</summary>
    public static long NarrowToLong(object value) => value switch
    {
        int number => number,
        long number => number,
        _ => DoubleToLong((double)value),
    };

    private static int DoubleToInt(double value) =>
        double.IsNaN(value) ? 0 : (int)Math.Clamp(Math.Truncate(value), int.MinValue, int.MaxValue);

    private static long DoubleToLong(double value)
    {
        if (double.IsNaN(value))
        {
            return 0;
        }

        if (value >= long.MaxValue)
        {
            return long.MaxValue;
        }

        return value <= long.MinValue ? long.MinValue : (long)value;
    }
}
