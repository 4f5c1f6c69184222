using PikaMigrate.Sandbox.OpenSearch.Documents;

namespace PikaMigrate.Sandbox.OpenSearch.Search;

/// <summary>
/// A search view's documents in a sort order (as their positions in the view), with their sort values: built once
/// per view and sort, so paging with <c>search_after</c> is a binary search plus the page instead of a sort per page.
/// </summary>
internal sealed class SortedDocuments(int[] positions, SortValue[][] keys)
{
    public int[] Positions { get; } = positions;

    public SortValue[][] Keys { get; } = keys;

    public static SortedDocuments Build(StoredDocument[] view, IReadOnlyList<SortSource> sorts)
    {
        var keys = new SortValue[view.Length][];
        var order = new int[view.Length];
        for (var i = 0; i < view.Length; i++)
        {
            var row = new SortValue[sorts.Count];
            for (var s = 0; s < sorts.Count; s++)
            {
                row[s] = sorts[s].Value(view[i], double.NaN, i);
            }

            keys[i] = row;
            order[i] = i;
        }

        // Ties keep index order (the view is in index order).
        Array.Sort(order, (a, b) => SortSource.Compare(sorts, keys[a], keys[b]) is var c && c != 0 ? c : a.CompareTo(b));
        return new SortedDocuments(order, [.. order.Select(i => keys[i])]);
    }

    /// <summary>The first position sorting strictly after <paramref name="after"/>.</summary>
    public int After(IReadOnlyList<SortSource> sorts, SortValue[] after)
    {
        int low = 0, high = Keys.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (SortSource.Compare(sorts, Keys[mid], after) <= 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
