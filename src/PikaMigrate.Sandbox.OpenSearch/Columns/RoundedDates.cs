using PikaMigrate.Sandbox.OpenSearch.Aggregations;

namespace PikaMigrate.Sandbox.OpenSearch.Columns;

/// <summary>
/// A date column's values rounded to one date_histogram interval, each on first use and then kept for the view.
/// Rounding is the costly part of a date histogram (calendar arithmetic in a time zone), so a view rounds a value at
/// most once per interval, and only the values a search buckets: the first search after a refresh rounds its
/// matches, not the whole index. A value the interval cannot round (a date out of the calendar's range) is never
/// kept, so the search that buckets it fails, as it would without the cache.
/// </summary>
/// <param name="starts">Where each document's values start in <paramref name="values"/>; null when no document has any.</param>
internal sealed class RoundedDates(int[]? starts, double[] values, DateInterval interval)
{
    private readonly long[] _keys = new long[values.Length];

    /// <summary>1 once the key at the same index is kept; set after the key, so a reader that sees 1 reads the key.</summary>
    private readonly byte[] _kept = new byte[values.Length];

    /// <summary>The bucket key of the document's <paramref name="value"/>-th value (in its ascending order).</summary>
    public long Key(int doc, int value)
    {
        var index = starts![doc] + value;
        if (Volatile.Read(ref _kept[index]) == 1)
        {
            return _keys[index];
        }

        // Searches sharing the view may round the same value at once; they keep the same key.
        var key = interval.Round((long)values[index]);
        _keys[index] = key;
        Volatile.Write(ref _kept[index], 1);
        return key;
    }
}
