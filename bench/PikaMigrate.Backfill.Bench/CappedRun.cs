using System.Globalization;

namespace PikaMigrate.Backfill.Bench;

/// <summary>Ours with a write-rate ceiling: the rate it achieved by its own clock, against the ceiling.</summary>
internal sealed record CappedRun(int LatencyMs, int Run, double Ceiling, int Writes, CliRun Cli, string State)
{
    public const string Header =
        "| latency | run | ceiling items/s | achieved items/s | achieved ÷ ceiling | writes | writes at the ceiling take | ours s | writes throttled | end state |\n"
        + "|---|---|---|---|---|---|---|---|---|---|";

    public string Row() => string.Create(CultureInfo.InvariantCulture,
        $"| {LatencyMs} ms | {Run} | {Ceiling:0} | {Cli.AchievedItemsPerSecond:0.0} | {Cli.AchievedItemsPerSecond / Ceiling:0.000} | {Writes} | {Writes / Ceiling:0.0} s | {Cli.Seconds:0.00} | {Cli.ThrottledItems} | {State} |");
}
