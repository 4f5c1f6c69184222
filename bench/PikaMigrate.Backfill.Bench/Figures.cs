using System.Globalization;

namespace PikaMigrate.Backfill.Bench;

/// <summary>One side-by-side run at one latency: the three times, the requests each sent, ours' memory, the end states.</summary>
internal sealed record Figures(int LatencyMs, int Run, Timed Guide, Timed Floor, Timed Ours, long OursPeakBytes)
{
    public const string Header =
        "| latency | run | guide s | floor s | ours s | ours ÷ floor | guide ÷ ours | requests per updated session (guide / floor / ours) | ours peak memory | end state (guide / floor / ours) |\n"
        + "|---|---|---|---|---|---|---|---|---|---|";

    public string Row(string run) => string.Create(CultureInfo.InvariantCulture,
        $"| {LatencyMs} ms | {run} | {Guide.Seconds:0.00} | {Floor.Seconds:0.00} | {Ours.Seconds:0.00} | {Ours.Seconds / Floor.Seconds:0.00}× | {Guide.Seconds / Ours.Seconds:0.0}× | {Guide.PerUpdate:0.00} / {Floor.PerUpdate:0.000} / {Ours.PerUpdate:0.000} | {OursPeakBytes / 1048576.0:0} MB | {Guide.State} / {Floor.State} / {Ours.State} |");

    /// <summary>The median of each column over the runs at one latency (the state shown is the worst).</summary>
    public static Figures Median(IReadOnlyList<Figures> runs) => new(
        runs[0].LatencyMs,
        0,
        Timed.Median(runs.Select(r => r.Guide)),
        Timed.Median(runs.Select(r => r.Floor)),
        Timed.Median(runs.Select(r => r.Ours)),
        (long)MedianOf(runs.Select(r => (double)r.OursPeakBytes)));

    public static double MedianOf(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

/// <summary>One contestant's run: wall-clock seconds, requests at the proxy per session it had to update, the end state, and CPU seconds (DynamoDB Local's + the client's).</summary>
internal sealed record Timed(double Seconds, double PerUpdate, string State, string Cpu = "")
{
    public static Timed Median(IEnumerable<Timed> runs)
    {
        var all = runs.ToList();
        return new Timed(
            Figures.MedianOf(all.Select(r => r.Seconds)),
            Figures.MedianOf(all.Select(r => r.PerUpdate)),
            all.FirstOrDefault(r => r.State != "ok")?.State ?? "ok");
    }
}
