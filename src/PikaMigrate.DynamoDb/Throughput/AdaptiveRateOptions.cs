namespace PikaMigrate.DynamoDb.Throughput;

/// <summary>How <see cref="AdaptiveWriteRate"/> reacts: multiplicative decrease on throttling, additive increase while calm.</summary>
public sealed record AdaptiveRateOptions
{
    /// <summary>The rate is multiplied by this when DynamoDB throttles a write sent at the current rate.</summary>
    public double DecreaseFactor { get; init; } = 0.5;

    /// <summary>Each calm interval adds this share of the ceiling (or, without one, of the rate throttling was met at).</summary>
    public double IncreaseShare { get; init; } = 0.05;

    /// <summary>How long without throttling before the rate goes up one step.</summary>
    public TimeSpan CalmInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The rate never goes below this, so a throttled run still moves.</summary>
    public double MinimumItemsPerSecond { get; init; } = 1;
}
