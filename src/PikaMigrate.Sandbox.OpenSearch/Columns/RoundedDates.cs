using PikaMigrate.Sandbox.OpenSearch.Aggregations;

namespace PikaMigrate.Sandbox.OpenSearch.Columns;

/// <summary>
/// A date column rounded to one date_histogram interval: the distinct bucket keys (ascending) and, per document,
/// the key of each of its values as an index into them. Rounding is the costly part of a date histogram (calendar
/// arithmetic in a time zone), so a view rounds each value once per interval. A value the interval cannot round
/// (a date out of the calendar's range) gets no key: the aggregation rounds it again, and fails as before, only
/// when a search actually buckets that document.
/// </summary>
internal sealed class RoundedDates
{
    /// <summary>Null when no document has a value.</summary>
    private readonly int[]? _starts;
    private readonly int[] _keyIndexes;

    private RoundedDates(long[] keys, int[]? starts, int[] keyIndexes)
    {
        Keys = keys;
        _starts = starts;
        _keyIndexes = keyIndexes;
    }

    /// <summary>The key index of a value that could not be rounded.</summary>
    public const int Unrounded = -1;

    public long[] Keys { get; }

    /// <param name="starts">Where each document's values start in <paramref name="values"/>; null when no document has any.</param>
    public static RoundedDates Build(int[]? starts, double[] values, DateInterval interval)
    {
        if (starts is null)
        {
            return new RoundedDates([], null, []);
        }

        var rounded = new long?[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            rounded[i] = Round(interval, values[i]);
        }

        var keys = rounded.OfType<long>().Distinct().Order().ToArray();
        var keyIndexes = new int[rounded.Length];
        for (var i = 0; i < rounded.Length; i++)
        {
            keyIndexes[i] = rounded[i] is { } key ? Array.BinarySearch(keys, key) : Unrounded;
        }

        return new RoundedDates(keys, starts, keyIndexes);
    }

    private static long? Round(DateInterval interval, double value)
    {
        try
        {
            return interval.Round((long)value);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The indexes into <see cref="Keys"/> of a document's values, in the order of its values (ascending).</summary>
    public ReadOnlySpan<int> Of(int doc) => _starts is null ? [] : _keyIndexes.AsSpan(_starts[doc], _starts[doc + 1] - _starts[doc]);
}
