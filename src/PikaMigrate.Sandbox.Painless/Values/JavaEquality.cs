namespace PikaMigrate.Sandbox.Painless.Values;

/// <summary>
/// The three equalities a script can ask for: Painless <c>==</c>, Java <c>equals()</c> and identity <c>===</c>.
/// </summary>
internal static class JavaEquality
{
    /// <summary>
    /// Painless <c>==</c> on <c>def</c> values: null-safe, numbers compare numerically across int/long/double
    /// (1 == 1L == 1.0), everything else uses Java <c>equals()</c>.
    /// </summary>
    public static bool PainlessEquals(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        if (left is int a && right is int b)
        {
            return a == b;
        }

        if (Numbers.IsNumber(left) && Numbers.IsNumber(right))
        {
            return Numbers.Promote(left, right) == NumericKind.Double
                ? Numbers.ToDouble(left) == Numbers.ToDouble(right)
                : Numbers.ToLong(left) == Numbers.ToLong(right);
        }

        return JavaEquals(left, right);
    }

    /// <summary>
    /// Java <c>equals()</c>: type-strict for boxed numbers (Integer 1 is not Long 1), structural for maps,
    /// lists and entries, ordinal for strings.
    /// </summary>
    public static bool JavaEquals(object? left, object? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null)
        {
            return false;
        }

        return left switch
        {
            string text => right is string other && string.Equals(text, other, StringComparison.Ordinal),
            int number => right is int other && number == other,
            long number => right is long other && number == other,
            // Double.equals compares bit patterns: NaN equals NaN, 0.0 does not equal -0.0.
            double number => right is double other && (double.IsNaN(number)
                ? double.IsNaN(other)
                : BitConverter.DoubleToInt64Bits(number) == BitConverter.DoubleToInt64Bits(other)),
            bool flag => right is bool other && flag == other,
            IReadOnlyDictionary<string, object?> map => right is IReadOnlyDictionary<string, object?> other && MapsEqual(map, other),
            List<object?> list => right is List<object?> other && ListsEqual(list, other),
            MapEntry entry => right is MapEntry other && entry.Key == other.Key && JavaEquals(entry.Value, other.Value),
            _ => left.Equals(right),
        };
    }

    /// <summary>
    /// Painless <c>===</c>. Maps, lists and entries compare by reference. Strings and boxed primitives have no
    /// stable identity here (Java's answer depends on string interning and the Integer cache), so they compare by
    /// type and value, which is the predictable reading of what such a script means.
    /// </summary>
    public static bool Identical(object? left, object? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        return left is string or int or long or double or bool && JavaEquals(left, right);
    }

    private static bool MapsEqual(IReadOnlyDictionary<string, object?> left, IReadOnlyDictionary<string, object?> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        foreach (var (key, value) in left)
        {
            if (!right.TryGetValue(key, out var other) || !JavaEquals(value, other))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ListsEqual(List<object?> left, List<object?> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            if (!JavaEquals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }
}
