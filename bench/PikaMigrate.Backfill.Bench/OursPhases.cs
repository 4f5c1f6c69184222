using System.Globalization;

namespace PikaMigrate.Backfill.Bench;

/// <summary>
/// Where ours' time went, read from its requests at the proxy: the process start before its first request, the
/// additive-only baseline (the full-item Scan before any write), the backfill's own scan (projected) up to its first
/// write, and the writes.
/// </summary>
internal static class OursPhases
{
    public static string Describe(IReadOnlyList<ProxiedCall> calls)
    {
        if (calls.Count == 0)
        {
            return "no requests";
        }

        var writes = calls.Where(c => c.Operation == "BatchExecuteStatement").ToList();
        var baseline = calls.Where(c => c.Operation == "Scan" && !c.Projected).ToList();
        var backfill = calls.Where(c => c.Operation == "Scan" && c.Projected).ToList();
        var parts = new List<string> { $"first request {S(calls[0].Started)}" };
        if (baseline.Count > 0)
        {
            parts.Add($"baseline scan {S(baseline.Min(c => c.Started))}–{S(baseline.Max(c => c.Ended))} ({baseline.Count} pages)");
        }

        if (backfill.Count > 0)
        {
            parts.Add($"backfill scan from {S(backfill.Min(c => c.Started))}");
        }

        if (writes.Count > 0)
        {
            parts.Add(Writes(writes));
        }

        parts.Add($"last request ended {S(calls.Max(c => c.Ended))}");
        return string.Join(", ", parts);
    }

    /// <summary>The write window and how many write calls were in flight on average over it.</summary>
    public static string Writes(IReadOnlyList<ProxiedCall> calls)
    {
        var writes = calls.Where(c => c.Operation == "BatchExecuteStatement").ToList();
        var (from, to) = (writes.Min(c => c.Started), writes.Max(c => c.Ended));
        var busy = writes.Sum(c => (c.Ended - c.Started).TotalSeconds);
        return string.Create(CultureInfo.InvariantCulture, $"writes {S(from)}–{S(to)} ({busy / (to - from).TotalSeconds:0.0} calls in flight on average)");
    }

    private static string S(TimeSpan at) => at.TotalSeconds.ToString("0.00 's'", CultureInfo.InvariantCulture);
}
