using PikaMigrate.Sandbox.Painless.Values;

namespace PikaMigrate.Sandbox.Painless.Evaluation;

/// <summary>Painless's <c>&lt; &lt;= &gt; &gt;=</c> on <c>def</c>: numbers only, compared after numeric promotion.</summary>
internal static class Relational
{
    public static string Symbol(RelationalOperator op) => op switch
    {
        RelationalOperator.Less => "<",
        RelationalOperator.LessOrEqual => "<=",
        RelationalOperator.Greater => ">",
        _ => ">=",
    };

    public static bool Compare(RelationalOperator op, object? left, object? right, int offset)
    {
        if (left is int a && right is int b)
        {
            return Test(op, a.CompareTo(b));
        }

        if (!Numbers.IsNumber(left) || !Numbers.IsNumber(right))
        {
            throw Arithmetic.OperandError(Symbol(op), left, right, offset);
        }

        if (Numbers.Promote(left!, right!) == NumericKind.Double)
        {
            // NaN compares false in every direction, so it cannot go through CompareTo.
            var x = Numbers.ToDouble(left!);
            var y = Numbers.ToDouble(right!);
            return op switch
            {
                RelationalOperator.Less => x < y,
                RelationalOperator.LessOrEqual => x <= y,
                RelationalOperator.Greater => x > y,
                _ => x >= y,
            };
        }

        return Test(op, Numbers.ToLong(left!).CompareTo(Numbers.ToLong(right!)));
    }

    private static bool Test(RelationalOperator op, int comparison) => op switch
    {
        RelationalOperator.Less => comparison < 0,
        RelationalOperator.LessOrEqual => comparison <= 0,
        RelationalOperator.Greater => comparison > 0,
        _ => comparison >= 0,
    };
}
