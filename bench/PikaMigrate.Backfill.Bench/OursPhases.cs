using System.Globalization;

namespace PikaMigrate.Backfill.Bench;

/// <summary>
/// Where ours' time went, read from its requests at the proxy: the process start before its first request, the
/// full-item scan (B1's own when it takes the additive-only baseline as it scans; a separate read before the first
/// write when the baseline is recorded the usual way), a projected scan (B1's when the baseline is recorded already),
/// and the writes.
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
        var full = calls.Where(c => c.Operation == "Scan" && !c.Projected).ToList();
        var projected = calls.Where(c => c.Operation == "Scan" && c.Projected).ToList();
        var parts = new List<string> { $"first request {S(calls[0].Started)}" };
        if (full.Count > 0)
        {
            parts.Add($"full-item scan {S(full.Min(c => c.Started))}–{S(full.Max(c => c.Ended))} ({full.Count} pages)");
        }

        if (projected.Count > 0)
        {
            parts.Add($"projected scan {S(projected.Min(c => c.Started))}–{S(projected.Max(c => c.Ended))} ({projected.Count} pages)");
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
