using System.Collections.Concurrent;

namespace PikaMigrate.Migrations.V0_11_0.UserTypeBackfill;

/// <summary>What did not get done, one line each, kept to a readable number.</summary>
internal sealed class FailureList(int capacity = 20)
{
    private readonly ConcurrentQueue<string> _lines = new();
    private long _count;

    public void Add(string line)
    {
        if (Interlocked.Increment(ref _count) <= capacity)
        {
            _lines.Enqueue(line);
        }
    }

    /// <summary>The kept lines, and a last one counting the rest of <paramref name="total"/> (which includes earlier runs').</summary>
    public IReadOnlyList<string> Lines(long total)
    {
        var lines = _lines.ToList();
        if (total > lines.Count)
        {
            lines.Add($"... and {total - lines.Count} more");
        }

        return lines;
    }
}
