namespace PikaMigrate.Sandbox.Dataset;

/// <summary>
/// Uniform numbers that depend only on (stream, key), never on call order or the runtime's Random, so every seed
/// of the dataset is the same on every machine and .NET version (SplitMix64's finaliser over the pair).
/// </summary>
internal static class StableRandom
{
    private const ulong Seed = 0x011_0D47A_5E7;

    /// <summary>A number in [0, 1).</summary>
    public static double Unit(Stream stream, long key, long salt = 0) =>
        (Mix(Mix(Seed ^ ((ulong)stream * 0x9E3779B97F4A7C15UL)) ^ Mix((ulong)key) ^ ((ulong)salt * 0xD6E8FEB86659FD93UL)) >> 11) * (1.0 / (1UL << 53));

    /// <summary>An index drawn by weight, from a running total of weights.</summary>
    public static int Pick(IReadOnlyList<double> cumulative, double unit)
    {
        var target = unit * cumulative[^1];
        var low = 0;
        var high = cumulative.Count - 1;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (cumulative[middle] > target)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    public static double[] Cumulative(IEnumerable<double> weights)
    {
        var total = 0.0;
        return [.. weights.Select(w => total += w)];
    }

    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    /// <summary>One stream per decision, so changing one never shifts another.</summary>
    internal enum Stream
    {
        DayNoise = 1,
        TimeOfDay,
        UserRank,
        UserJoin,
        UserPick,
        HomeApp,
        App,
        Mode,
        Source,
        Turns,
        Context,
        Output,
        Outlier,
        OutlierSize,
        Entity,
        Duration,
    }
}
