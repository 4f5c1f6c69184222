namespace PikaMigrate.DynamoDb.Throughput;

public enum RateChangeReason
{
    /// <summary>The rate a run starts at: its ceiling, or none.</summary>
    Start,

    /// <summary>DynamoDB throttled writes sent at the current rate: multiplicative decrease.</summary>
    Throttled,

    /// <summary>A calm interval without throttling: additive increase (back to no limit once past the rate throttling was met at, when there is no ceiling).</summary>
    Calm,
}

/// <summary>One entry of a run's rate trace.</summary>
/// <param name="Seconds">Since the run's rate was set up.</param>
/// <param name="ItemsPerSecond">The rate from then on; null for no limit.</param>
public sealed record RateChange(double Seconds, double? ItemsPerSecond, RateChangeReason Reason);
