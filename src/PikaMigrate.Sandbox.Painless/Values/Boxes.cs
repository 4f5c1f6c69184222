namespace PikaMigrate.Sandbox.Painless.Values;

/// <summary>
/// Shared boxes for the values scripts produce most often (booleans, small ints), so that evaluating
/// comparisons, counters and sizes does not allocate. Boxed values are immutable, so sharing is safe.
/// </summary>
internal static class Boxes
{
    private const int SmallIntMin = -128;
    private const int SmallIntMax = 1023;

    public static readonly object True = true;
    public static readonly object False = false;

    private static readonly object[] SmallInts = CreateSmallInts();

    public static object Bool(bool value) => value ? True : False;

    public static object Int(int value) =>
        value is >= SmallIntMin and <= SmallIntMax ? SmallInts[value - SmallIntMin] : value;

    private static object[] CreateSmallInts()
    {
        var boxes = new object[SmallIntMax - SmallIntMin + 1];
        for (var i = 0; i < boxes.Length; i++)
        {
            boxes[i] = i + SmallIntMin;
        }

        return boxes;
    }
}
