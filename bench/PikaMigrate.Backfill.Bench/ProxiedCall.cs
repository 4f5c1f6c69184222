namespace PikaMigrate.Backfill.Bench;

/// <summary>One request through the proxy: its operation, whether it projected attributes, and when it ran.</summary>
internal sealed record ProxiedCall(string Operation, bool Projected, TimeSpan Started, TimeSpan Ended);
