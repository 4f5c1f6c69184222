using System.Collections.Concurrent;

namespace PikaMigrate.Migrations.V0_11_0.Verification;

/// <summary>Counts sessions found in one state, from concurrent segments, keeping the first few ids as examples.</summary>
internal sealed class SessionFinding
{
    private const int ExampleCount = 5;
    private readonly ConcurrentQueue<string> _examples = new();
    private long _count;

    public void Add(string sessionId)
    {
        if (Interlocked.Increment(ref _count) <= ExampleCount)
        {
            _examples.Enqueue(sessionId);
        }
    }

    public SessionFindings Result() => new(Interlocked.Read(ref _count), [.. _examples]);
}
