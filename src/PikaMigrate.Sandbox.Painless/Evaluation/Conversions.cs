using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Evaluation;

/// <summary>
/// Painless's casts from <c>def</c>: the implicit ones applied when a value is stored into a typed local, the
/// explicit <c>(type) x</c> ones, and the cast back to the receiver's type after a compound assignment.
/// </summary>
internal static class Conversions
{
    /// <summary>A condition or <c>!</c>/<c>&amp;&amp;</c>/<c>||</c> operand: only booleans are accepted.</summary>
    public static bool ToBoolean(object? value, int offset) => value switch
    {
        bool flag => flag,
        null => throw RuntimeErrors.NullValue(offset, "value"),
        _ => throw RuntimeErrors.ClassCast(offset, $"cannot cast def [{JavaTypeNames.UnboxedOf(value)}] to boolean"),
    };

    /// <summary>
    /// The implicit cast into a typed local: widening only (int to long or double), no narrowing. Float locals
    /// are carried as doubles rounded to float precision, and also accept doubles (Java would refuse those).
    /// </summary>
    public static object? Implicit(object? value, PainlessType type, int offset) => type switch
    {
        PainlessType.Def or PainlessType.Object => value,
        PainlessType.Boolean => value is bool ? value : throw NotBoolean(value, offset),
        PainlessType.BoxedBoolean => value is null or bool ? value : throw ImplicitFailure(value, type, offset),
        PainlessType.Int => value is int ? value : throw ImplicitFailure(value, type, offset),
        PainlessType.BoxedInt => value is null or int ? value : throw ImplicitFailure(value, type, offset),
        PainlessType.Long => value switch
        {
            long => value,
            int number => (long)number,
            _ => throw ImplicitFailure(value, type, offset),
        },
        PainlessType.BoxedLong => value is null ? null : Implicit(value, PainlessType.Long, offset),
        PainlessType.Float => Numbers.IsNumber(value) ? ToFloat(value!) : throw ImplicitFailure(value, type, offset),
        PainlessType.BoxedFloat => value is null ? null : Implicit(value, PainlessType.Float, offset),
        PainlessType.Double => Numbers.IsNumber(value) ? ToDouble(value!) : throw ImplicitFailure(value, type, offset),
        PainlessType.BoxedDouble => value is null ? null : Implicit(value, PainlessType.Double, offset),
        _ => ReferenceCast(value, type, offset),
    };

    /// <summary>An explicit cast <c>(type) x</c>: numbers narrow and widen freely, references must match.</summary>
    public static object? Explicit(object? value, PainlessType type, int offset)
    {
        switch (type)
        {
            case PainlessType.Int or PainlessType.Long or PainlessType.Float or PainlessType.Double:
                if (value is null)
                {
                    throw RuntimeErrors.NullValue(offset, "value");
                }

                return Numbers.IsNumber(value) ? ConvertNumber(value, type) : throw ExplicitFailure(value, type, offset);
            case PainlessType.BoxedInt or PainlessType.BoxedLong or PainlessType.BoxedFloat or PainlessType.BoxedDouble:
                if (value is null)
                {
                    return null;
                }

                return Numbers.IsNumber(value) ? ConvertNumber(value, type) : throw ExplicitFailure(value, type, offset);
            default:
                return Implicit(value, type, offset);
        }
    }

    /// <summary>
    /// After <c>x += y</c> (or <c>x++</c>) Painless casts the result back to the runtime type x had, so an
    /// int field stays an int. A null x keeps the result as it is.
    /// </summary>
    public static object? CastToTypeOf(object? result, object? current, int offset)
    {
        if (current is null || result is null || result.GetType() == current.GetType())
        {
            return result;
        }

        if (current is int or long or double)
        {
            if (!Numbers.IsNumber(result))
            {
                throw RuntimeErrors.ClassCast(offset, $"Cannot convert [class {JavaTypeNames.Of(result)}] to a Number");
            }

            return current switch
            {
                int => Boxes.Int(Numbers.NarrowToInt(result)),
                long => Numbers.NarrowToLong(result),
                _ => Numbers.ToDouble(result),
            };
        }

        throw RuntimeErrors.ClassCast(offset, $"Cannot cast {JavaTypeNames.Of(result)} to {JavaTypeNames.Of(current)}");
    }

    /// <summary>A Java method parameter of type <c>int</c> receiving a <c>def</c> argument: only Integer unboxes.</summary>
    public static int ToIntArgument(object? value, int offset) => value switch
    {
        int number => number,
        null => throw RuntimeErrors.NullValue(offset, "value"),
        _ => throw RuntimeErrors.ClassCast(offset, $"Cannot cast {JavaTypeNames.Of(value)} to java.lang.Integer"),
    };

    /// <summary>A Java method parameter of type <c>String</c> receiving a <c>def</c> argument.</summary>
    public static string ToStringArgument(object? value, int offset) => value switch
    {
        string text => text,
        null => throw RuntimeErrors.NullValue(offset, "value"),
        _ => throw RuntimeErrors.ClassCast(offset, $"Cannot cast {JavaTypeNames.Of(value)} to java.lang.String"),
    };

    private static object ConvertNumber(object value, PainlessType type) => type switch
    {
        PainlessType.Int or PainlessType.BoxedInt => Boxes.Int(Numbers.NarrowToInt(value)),
        PainlessType.Long or PainlessType.BoxedLong => Numbers.NarrowToLong(value),
        PainlessType.Float or PainlessType.BoxedFloat => ToFloat(value),
        _ => ToDouble(value),
    };

    private static object ToDouble(object value) => value is double ? value : Numbers.ToDouble(value);

    private static object ToFloat(object value) => (double)(float)Numbers.ToDouble(value);

    private static object? ReferenceCast(object? value, PainlessType type, int offset) =>
        value is null || PainlessTypes.IsInstance(value, type)
            ? value
            : throw RuntimeErrors.CannotCast(offset, value, PainlessTypes.NameOf(type));

    private static ScriptRuntimeException NotBoolean(object? value, int offset) => value is null
        ? RuntimeErrors.NullValue(offset, "value")
        : RuntimeErrors.ClassCast(offset, $"cannot cast def [{JavaTypeNames.UnboxedOf(value)}] to boolean");

    private static ScriptRuntimeException ImplicitFailure(object? value, PainlessType type, int offset) => value is null
        ? RuntimeErrors.NullValue(offset, "value")
        : RuntimeErrors.ClassCast(offset,
            $"cannot implicitly cast def [{JavaTypeNames.UnboxedOf(value)}] to {PainlessTypes.NameOf(type)}");

    private static ScriptRuntimeException ExplicitFailure(object value, PainlessType type, int offset) =>
        RuntimeErrors.ClassCast(offset,
            $"cannot explicitly cast def [{JavaTypeNames.UnboxedOf(value)}] to {PainlessTypes.NameOf(type)}");
}
