namespace PikaMigrate.Sandbox.Painless.Evaluation;

/// <summary>What a for-each loop can walk: lists, which also carry <c>keySet()</c>, <c>values()</c> and
/// <c>entrySet()</c> results. Maps themselves are not iterable in Painless.</summary>
internal static class Iteration
{
    public static List<object?> Iterable(object? value, int offset) => value switch
    {
        List<object?> list => list,
        null => throw RuntimeErrors.NullReceiver(offset),
        _ => throw RuntimeErrors.CannotIterate(offset, value),
    };
}
