namespace PikaMigrate.Sandbox.OpenSearch.Search;

/// <summary>The first <c>k</c> items in order without sorting everything (a bounded heap when k is small).</summary>
internal static class TopK
{
    public static List<T> Select<T>(List<T> items, int k, Comparison<T> comparison)
    {
        if (k <= 0)
        {
            return [];
        }

        if (items.Count <= k * 4L)
        {
            items.Sort(comparison);
            return items.Count > k ? items.GetRange(0, k) : items;
        }

        // Max-heap of the best k so far: the worst of them on top.
        var heap = new PriorityQueue<T, T>(k + 1, Comparer<T>.Create((a, b) => comparison(b, a)));
        foreach (var item in items)
        {
            if (heap.Count < k)
            {
                heap.Enqueue(item, item);
            }
            else if (comparison(item, heap.Peek()) < 0)
            {
                heap.EnqueueDequeue(item, item);
            }
        }

        var result = new List<T>(heap.Count);
        while (heap.Count > 0)
        {
            result.Add(heap.Dequeue());
        }

        result.Reverse();
        return result;
    }
}
